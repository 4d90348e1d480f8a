import { groupKeyString, notesAccess, type GroupKey, type SessionState } from '@forum-ouvert/shared';
import type { AppServer, AppSocket } from '../realtime/socketTypes.ts';

/** The Socket.IO room of the sockets that opened a group's notes. */
export function notesRoom(sessionId: string, key: GroupKey): string {
  return `notes:${sessionId}:${groupKeyString(key)}`;
}

/**
 * The room, less the sender, less whoever lost the right to read since they opened it (walked
 * to another group before the notes were published): they leave the room and get nothing.
 */
export function relayTargets(io: AppServer, sender: AppSocket, key: GroupKey, state: SessionState) {
  const room = notesRoom(sender.data.sessionId, key);
  for (const id of io.sockets.adapter.rooms.get(room) ?? []) {
    const socket = io.sockets.sockets.get(id);
    if (socket && notesAccess(state, socket.data.actor, key) === 'none') void socket.leave(room);
  }
  return sender.to(room);
}
