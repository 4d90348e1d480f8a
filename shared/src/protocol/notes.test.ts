import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from './messages.ts';
import { NOTES_AWARENESS_MAX_BYTES, NOTES_UPDATE_MAX_BYTES } from './notes.ts';
import { NotesAwarenessSchema, NotesOpenSchema, NotesUpdateSchema } from './notes.schema.ts';

const key = { slotId: 'sl1', topicId: 't1' };

describe('notes messages', () => {
  it('accept binary within their caps', () => {
    expect(NotesOpenSchema.safeParse({ ...key, stateVector: new Uint8Array([0]) }).success).toBe(true);
    expect(NotesUpdateSchema.safeParse({ ...key, update: new Uint8Array(NOTES_UPDATE_MAX_BYTES) }).success).toBe(true);
    expect(NotesAwarenessSchema.safeParse({ ...key, update: new Uint8Array(NOTES_AWARENESS_MAX_BYTES) }).success).toBe(true);
  });

  it.each([
    ['text instead of bytes', { ...key, update: 'AAEC' }],
    ['an array of numbers', { ...key, update: [0, 0] }],
    ['too many bytes', { ...key, update: new Uint8Array(NOTES_UPDATE_MAX_BYTES + 1) }],
    ['no group', { update: new Uint8Array(2) }],
    ['a malformed id', { slotId: 'sl1:x', topicId: 't1', update: new Uint8Array(2) }],
  ])('refuse %s', (_, message) => {
    expect(NotesUpdateSchema.safeParse(message).success).toBe(false);
  });

  it('fit a piece of notes in one socket message, even as base64 on long-polling', () => {
    expect(Math.ceil((NOTES_UPDATE_MAX_BYTES * 4) / 3) + 1024).toBeLessThan(MAX_MESSAGE_BYTES);
  });
});
