import { actorKey } from '../sessions/actorKey.ts';
import type { AppSocket } from './socketTypes.ts';

/**
 * Rate limits follow the person, not the session nor the address: a whole room
 * may share one router, and one busy participant must not slow the others.
 * Projectors have no person behind them, so each screen counts on its own.
 */
export function limiterKey(socket: AppSocket): string {
  const { sessionId, actor } = socket.data;
  return actor.role === 'projector' ? `${sessionId}/screen:${socket.id}` : `${sessionId}/${actorKey(actor)}`;
}
