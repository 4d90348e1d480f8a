import { fail, groupExists, notesAccess, type DomainError, type GroupKey, type NotesAccess, type SessionState } from '@forum-ouvert/shared';
import type { z } from 'zod';
import { limiterKey } from '../realtime/limiterKey.ts';
import type { AppSocket } from '../realtime/socketTypes.ts';
import type { TokenBuckets } from '../realtime/tokenBuckets.ts';
import { validationMessage } from '../realtime/validationMessage.ts';
import type { SessionRegistry } from '../sessions/registry.ts';
import type { NotesService } from './notesService.ts';

export interface NotesEdgeDeps {
  sessions: SessionRegistry;
  notes: NotesService;
  /** Per person, apart from the commands' buckets: typing must not starve a vote. */
  limits: TokenBuckets;
}

export type Admitted<T> = { ok: true; message: T; state: SessionState; access: NotesAccess };

/**
 * The checks every notes message passes, in order: rate limit, validate, session, group
 * (it meets, or it has notes), then who may do what with it, asked of `notesAccess` every time.
 */
export function admit<S extends z.ZodType<GroupKey>>(
  socket: AppSocket,
  deps: NotesEdgeDeps,
  schema: S,
  raw: unknown,
): Admitted<z.infer<S>> | { ok: false; error: DomainError } {
  const { sessionId, actor } = socket.data;
  if (!deps.limits.take(limiterKey(socket))) return fail('RATE_LIMITED', 'Too many notes messages');
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return fail('VALIDATION', validationMessage(parsed.error));
  const room = deps.sessions.get(sessionId);
  if (!room) return fail('NOT_FOUND', 'Unknown session');
  const key: GroupKey = parsed.data;
  if (!groupExists(room.state, key) && !deps.notes.hasNotes(sessionId, key)) return fail('NOT_FOUND', 'Unknown group');
  return { ok: true, message: parsed.data, state: room.state, access: notesAccess(room.state, actor, key) };
}
