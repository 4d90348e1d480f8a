import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../events/events.ts';
import { evolve, initialState } from '../events/evolve.ts';
import { created, ev } from '../testing/fixtures.ts';
import { archiveOf, importedEvents, type ArchivedEvent } from './archive.ts';
import { ArchiveSchema } from './archive.schema.ts';
import { labelsFor } from './labels.ts';
import { EXPORT_STORY, exportState } from './proceedingsFixture.ts';

const logged: ArchivedEvent[] = EXPORT_STORY.map((event, i) => ({ seq: i + 1, event }));
const at = Date.UTC(2025, 5, 20, 12, 0);
const labels = labelsFor('fr');

function fold(events: readonly StoredEvent[]) {
  const [first, ...rest] = events;
  if (first?.type !== 'SessionCreated') throw new Error('no creation');
  return rest.reduce((s, e) => evolve(s, e, s.version + 1), evolve(initialState(first), first, 1));
}

function issues(value: unknown): string[] {
  const parsed = ArchiveSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
}

describe('archive', () => {
  it('with names, is the log as stored, and parses back as it was', () => {
    const archive = archiveOf(logged, { 'sl1:t2': 'AAE=' }, { includeNames: true, labels, exportedAt: at });
    expect(archive).toMatchObject({ format: 'forum-ouvert-archive', version: 1, exportedAt: '2025-06-20T12:00:00.000Z' });
    expect(archive.events).toEqual(logged);
    expect(ArchiveSchema.parse(JSON.parse(JSON.stringify(archive)))).toEqual(archive);
  });

  it('without names, gives every participant a generic name in order of arrival, and nothing else changes', () => {
    const archive = archiveOf(logged, {}, { includeNames: false, labels, exportedAt: at });
    const names = archive.events.flatMap(({ event }) => (event.type === 'ParticipantJoined' ? [event.pseudonym] : []));
    expect(names).toEqual(['Participant 1', 'Participant 2', 'Participant 3', 'Participant 4']);
    expect(JSON.stringify(archive)).not.toContain('Pseudo');
    const state = fold(archive.events.map((e) => e.event));
    const original = exportState();
    const renamed = Object.fromEntries(Object.entries(original.participants).map(([id, p], i) => [id, { ...p, pseudonym: `Participant ${i + 1}` }]));
    expect(state).toEqual({ ...original, participants: renamed });
  });

  it('replays under a new id and code into the same state, creation time included', () => {
    const archive = ArchiveSchema.parse(archiveOf(logged, {}, { includeNames: true, labels, exportedAt: at }));
    const state = fold(importedEvents(archive, { sessionId: 's_new', code: 'XYZ789' }));
    expect(state).toEqual({ ...exportState(), id: 's_new', code: 'XYZ789' });
  });

  it('refuses a log with a gap, a log that does not start with the creation, or a second creation', () => {
    const valid = archiveOf(logged, {}, { includeNames: true, labels, exportedAt: at });
    expect(issues(valid)).toEqual([]);
    expect(issues({ ...valid, events: logged.filter((e) => e.seq !== 3) })).toEqual([expect.stringContaining('numbered 1, 2, 3')]);
    expect(issues({ ...valid, events: logged.slice(1).map((e, i) => ({ ...e, seq: i + 1 })) })).toEqual([expect.stringContaining('starts with SessionCreated')]);
    expect(issues({ ...valid, events: [...logged, { seq: logged.length + 1, event: created() }] })).toEqual([
      expect.stringContaining('starts with SessionCreated'),
    ]);
  });

  it('refuses an unknown event, a bad shape, a foreign format, bad notes', () => {
    const valid = archiveOf(logged, {}, { includeNames: true, labels, exportedAt: at });
    expect(issues({ ...valid, events: [...logged, { seq: logged.length + 1, event: { type: 'TallyChanged', topicId: 't1', delta: 3 } }] })).not.toEqual([]);
    expect(issues({ ...valid, events: [...logged, { seq: logged.length + 1, event: { ...ev.phase('voting'), phase: 'party' } }] })).not.toEqual([]);
    expect(issues({ ...valid, format: 'other' })).not.toEqual([]);
    expect(issues({ ...valid, version: 2 })).not.toEqual([]);
    expect(issues({ ...valid, events: [] })).not.toEqual([]);
    expect(issues({ ...valid, notes: { 'not a key': 'AAE=' } })).not.toEqual([]);
    expect(issues({ ...valid, notes: { 'sl1:t2': 'not base64!' } })).not.toEqual([]);
    expect(issues({ ...valid, notes: { 'sl1:t2': 'A'.repeat(200_000) } })).not.toEqual([]);
  });
});
