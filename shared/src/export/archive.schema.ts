import { z } from 'zod';
import { StoredEventSchema } from '../events/events.schema.ts';
import { IdSchema } from '../model/ids.schema.ts';
import { LIMITS } from '../model/limits.ts';
import { NOTES_MAX_BYTES } from '../model/notes.ts';
import { ARCHIVE_EVENTS_MAX, ARCHIVE_FORMAT, ARCHIVE_NOTE_GROUPS_MAX, ARCHIVE_VERSION, type ArchivedEvent } from './archive.ts';

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
