import { z } from 'zod';
import { GroupKeySchema, NoteSectionSchema } from '../model/notes.schema.ts';
import { NOTES_AWARENESS_MAX_BYTES, NOTES_STATE_VECTOR_MAX_BYTES, NOTES_UPDATE_MAX_BYTES } from './notes.ts';

/**
 * Binary payloads: Socket.IO hands them over as a Buffer in Node (a Uint8Array). Typed over any
 * buffer, as Yjs produces them.
 */
const bytes = (max: number) =>
  (z.instanceof(Uint8Array) as z.ZodType<Uint8Array>).refine((b) => b.byteLength <= max, { message: `At most ${max} bytes` });

export const NotesOpenSchema = GroupKeySchema.extend({ stateVector: bytes(NOTES_STATE_VECTOR_MAX_BYTES) });
export const NotesUpdateSchema = GroupKeySchema.extend({ update: bytes(NOTES_UPDATE_MAX_BYTES) });
export const NotesAwarenessSchema = GroupKeySchema.extend({ update: bytes(NOTES_AWARENESS_MAX_BYTES) });
export const NotesCloseSchema = GroupKeySchema;

export const NotesCursorSchema = z.object({ section: NoteSectionSchema.nullable() });
