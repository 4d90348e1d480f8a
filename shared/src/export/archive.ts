import type { z } from 'zod';
import type { StoredEvent } from '../events/events.ts';
import type { ArchivedEventSchema, ArchiveSchema } from './archive.schema.ts';
import type { ExportLabels } from './labels.ts';

export const ARCHIVE_FORMAT = 'forum-ouvert-archive';
export const ARCHIVE_VERSION = 1;

/**
 * Most events an archive may hold: every participant joining, placing every dot, changing group
 * in every slot, with room to spare. Far above a real workshop; a bound, so a hostile file
 * cannot make the server replay forever.
 */
export const ARCHIVE_EVENTS_MAX = 200_000;
/** Groups with notes: a full grid of slots × spaces, and as many again that left the grid. */
export const ARCHIVE_NOTE_GROUPS_MAX = 1000;

export type ArchivedEvent = z.infer<typeof ArchivedEventSchema>;
export type Archive = z.infer<typeof ArchiveSchema>;

export interface ArchiveOptions {
  includeNames: boolean;
  labels: ExportLabels;
  exportedAt: number;
}

/**
 * The archive of a session. With `includeNames` it is the full record, pseudonyms as stored;
 * without, each ParticipantJoined gets a generic name in order of arrival (`Participant 1`,
 * `Participant 2`…), the only place the log holds names. Notes are kept as written.
 */
export function archiveOf(events: readonly ArchivedEvent[], notes: Record<string, string>, options: ArchiveOptions): Archive {
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: new Date(options.exportedAt).toISOString(),
    events: options.includeNames ? [...events] : withGenericNames(events, options.labels),
    notes,
  };
}

function withGenericNames(events: readonly ArchivedEvent[], labels: ExportLabels): ArchivedEvent[] {
  let n = 0;
  return events.map((entry) =>
    entry.event.type === 'ParticipantJoined'
      ? { seq: entry.seq, event: { ...entry.event, pseudonym: labels.anonymousParticipant(++n) } }
      : entry,
  );
}

/**
 * The log of an imported archive as the new session's own: its creation event names the new id
 * and code; everything else, creation time included, stays as it was, so replaying it gives
 * the archived state under a new id and code.
 */
export function importedEvents(archive: Archive, identity: { sessionId: string; code: string }): StoredEvent[] {
  return archive.events.map(({ event }) =>
    event.type === 'SessionCreated' ? { ...event, sessionId: identity.sessionId, code: identity.code } : event,
  );
}
