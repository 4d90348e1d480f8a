import { groupKeyString, type GroupKey } from '@forum-ouvert/shared';
import type { AppSocket } from '../../net/socket.ts';
import { toBytes } from './bytes.ts';
import { NotesChannel } from './notesChannel.ts';

/** The channels of a page, per socket: each group's doc lives as long as the page. */
const bySocket = new WeakMap<AppSocket, Map<string, NotesChannel>>();

export function channelFor(socket: AppSocket, key: GroupKey): NotesChannel {
  let channels = bySocket.get(socket);
  if (!channels) {
    channels = new Map();
    bySocket.set(socket, channels);
    listen(socket, channels);
  }
  const id = groupKeyString(key);
  let channel = channels.get(id);
  if (!channel) channels.set(id, (channel = new NotesChannel(socket, { slotId: key.slotId, topicId: key.topicId })));
  return channel;
}

function listen(socket: AppSocket, channels: Map<string, NotesChannel>): void {
  socket.on('connect', () => channels.forEach((channel) => channel.connected()));
  socket.on('disconnect', () => channels.forEach((channel) => channel.disconnected()));
  socket.on('notes:update', (message) => channels.get(groupKeyString(message))?.receiveUpdate(message.update));
  socket.on('notes:awareness', (message) => channels.get(groupKeyString(message))?.presence.receive(toBytes(message.update)));
}
