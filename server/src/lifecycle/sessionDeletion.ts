import type { Logger } from '../logger.ts';
import type { Broadcaster } from '../realtime/broadcaster.ts';
import type { Presence } from '../realtime/presence.ts';
import { everyoneIn } from '../realtime/rooms.ts';
import type { AppServer } from '../realtime/socketTypes.ts';
import type { SessionRegistry } from '../sessions/registry.ts';
import type { EventStore, SessionRecord } from '../store/eventStore.ts';

export type DeletionReason = 'facilitator' | 'expired';

export interface SessionDeletionDeps {
  store: EventStore;
  sessions: SessionRegistry;
  broadcaster: Broadcaster;
  presence: Presence;
  io: AppServer;
  logger: Logger;
  /** What else keeps a session in memory (the group notes' docs), told once its rows are gone. */
  forgetters?: readonly SessionForgetter[];
}

export interface SessionForgetter {
  forget(sessionId: string): void;
}

/**
 * Deletes sessions for good, the same way whoever asks (the facilitator or the
 * purge): the rows first, so nothing is dropped from memory that could come back
 * after a restart; then the room, its queued broadcasts and its presence; last,
 * every open screen is told and let go. Its next handshake finds no session.
 */
export class SessionDeletion {
  constructor(private readonly deps: SessionDeletionDeps) {}

  /** From the log, not the registry, so that a session that failed to restore can still be deleted. */
  recordOf(sessionId: string): SessionRecord | undefined {
    return this.deps.store.findSession(sessionId);
  }

  /** Answers the ids that existed and are now gone. */
  delete(sessionIds: readonly string[], reason: DeletionReason): string[] {
    const { store, sessions, broadcaster, presence, io, logger } = this.deps;
    const deleted = store.deleteSessions(sessionIds);
    for (const sessionId of deleted) {
      sessions.remove(sessionId);
      for (const forgetter of this.deps.forgetters ?? []) forgetter.forget(sessionId);
      broadcaster.discard(sessionId);
      const everyone = everyoneIn(sessionId);
      io.to(everyone).emit('session-deleted');
      // Socket.IO sends what is queued (the message above) before it closes the connection.
      io.in(everyone).disconnectSockets(true);
      presence.forget(sessionId);
      logger.info({ sessionId }, reason === 'expired' ? 'session purged' : 'session deleted');
    }
    if (!store.walClean) logger.warn('the WAL still holds deleted pages (a reader blocked it); retried at the next purge');
    return deleted;
  }
}
