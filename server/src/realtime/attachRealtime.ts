import { errorFields, type Logger } from '../logger.ts';
import { attachNotes } from '../notes/notesHandlers.ts';
import type { NotesService } from '../notes/notesService.ts';
import type { SessionRegistry } from '../sessions/registry.ts';
import { commandHandler } from './commandHandler.ts';
import { authenticate } from './handshake.ts';
import type { Presence } from './presence.ts';
import { roomsOf } from './rooms.ts';
import type { AppServer } from './socketTypes.ts';
import { syncHandler } from './syncHandler.ts';
import type { TokenBuckets } from './tokenBuckets.ts';

export interface RealtimeDeps {
  sessions: SessionRegistry;
  presence: Presence;
  limits: TokenBuckets;
  logger: Logger;
  /** The server's clock, told to every screen on sync so that countdowns agree. */
  clock: { now: () => number };
  notes: NotesService;
  /** The notes' own buckets, so that typing never starves a command. */
  notesLimits: TokenBuckets;
}

/**
 * Wires a socket once its handshake proved who it is. The client asks `sync`
 * itself right after connecting: that, not this, is how it gets the state.
 */
export function attachRealtime(io: AppServer, deps: RealtimeDeps): void {
  io.use(authenticate(deps.sessions, deps.logger));
  io.on('connection', (socket) => {
    const { sessionId, actor } = socket.data;
    try {
      void socket.join(roomsOf(sessionId, actor));
      socket.on('command', commandHandler(socket, deps));
      socket.on('sync', syncHandler(socket, deps));
      attachNotes(io, socket, { sessions: deps.sessions, notes: deps.notes, limits: deps.notesLimits, logger: deps.logger });
      socket.on('disconnect', () => deps.presence.disconnected(sessionId, actor));
      deps.presence.connected(sessionId, actor);
      if (actor.role !== 'participant') socket.emit('presence', { online: deps.presence.online(sessionId) });
    } catch (error) {
      deps.logger.error({ sessionId, ...errorFields(error) }, 'connection setup failed');
      socket.disconnect(true);
    }
  });
}
