import { errorFields, type Logger } from '../logger.ts';
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
      socket.on('disconnect', () => deps.presence.disconnected(sessionId, actor));
      deps.presence.connected(sessionId, actor);
      if (actor.role !== 'participant') socket.emit('presence', { online: deps.presence.online(sessionId) });
    } catch (error) {
      deps.logger.error({ sessionId, ...errorFields(error) }, 'connection setup failed');
      socket.disconnect(true);
    }
  });
}
