import { z } from 'zod';
import { StoredEventSchema, type StoredEvent } from '../events/events.ts';
import { IdSchema } from '../model/ids.ts';
import { LIMITS } from '../model/limits.ts';
import { NOTES_MAX_BYTES } from '../model/notes.ts';
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
/** A group's notes weigh at most NOTES_MAX_BYTES; base64 makes 4 characters of 3 bytes. */
const NOTE_BASE64_MAX = Math.ceil(NOTES_MAX_BYTES / 3) * 4;

const GroupKeyStringSchema = z.string().refine(
  (key) => {
    const [slotId, topicId, ...rest] = key.split(':');
    return rest.length === 0 && IdSchema.safeParse(slotId).success && IdSchema.safeParse(topicId).success;
  },
  { message: 'A group key is "<slotId>:<topicId>"' },
);

export const ArchivedEventSchema = z.object({ seq: z.number().int().positive(), event: StoredEventSchema });
export type ArchivedEvent = z.infer<typeof ArchivedEventSchema>;

/**
 * The whole record of a session: its event log as stored and each group's notes as one Yjs
 * update (base64). Never a token, a key or a hash: those live beside the log, not in it.
 */
export const ArchiveSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    version: z.literal(ARCHIVE_VERSION),
    exportedAt: z.iso.datetime(),
    events: z.array(ArchivedEventSchema).min(1).max(ARCHIVE_EVENTS_MAX),
    notes: z.record(GroupKeyStringSchema, z.string().max(NOTE_BASE64_MAX).regex(/^[A-Za-z0-9+/]*={0,2}$/)),
  })
  .superRefine((archive, ctx) => {
    const problem = logProblem(archive.events);
    if (problem) ctx.addIssue({ code: 'custom', path: ['events'], message: problem });
    if (Object.keys(archive.notes).length > ARCHIVE_NOTE_GROUPS_MAX) {
      ctx.addIssue({ code: 'custom', path: ['notes'], message: `At most ${ARCHIVE_NOTE_GROUPS_MAX} groups of notes` });
    }
  });
export type Archive = z.infer<typeof ArchiveSchema>;

/** Why a log cannot be replayed as one session, or null: 1, 2, 3… in order, created first and only once. */
function logProblem(events: readonly ArchivedEvent[]): string | null {
  for (const [index, { seq, event }] of events.entries()) {
    if (seq !== index + 1) return `Event ${index + 1} has seq ${seq}: the log must be numbered 1, 2, 3…`;
    if ((index === 0) !== (event.type === 'SessionCreated')) return 'The log starts with SessionCreated, and only there';
  }
  const joined = events.filter((e) => e.event.type === 'ParticipantJoined').length;
  if (joined > LIMITS.participantsPerSession) return `At most ${LIMITS.participantsPerSession} participants`;
  return null;
}

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
