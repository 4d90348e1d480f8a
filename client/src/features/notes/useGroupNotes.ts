import type { GroupKey } from '@forum-ouvert/shared';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { getSocket } from '../../net/socket.ts';
import { channelFor } from './notesChannels.ts';
import type { NotesChannel, NotesView } from './notesChannel.ts';

const noSubscription = () => () => undefined;
const noView = () => null;

/**
 * A group's notes while the component is shown: the channel (its doc stays for the page's life,
 * so typing offline survives leaving the view) and its view (doc, status, access, problem).
 */
export function useGroupNotes({ slotId, topicId }: GroupKey): { channel: NotesChannel | null; view: NotesView | null } {
  const socket = getSocket();
  const channel = useMemo(() => (socket ? channelFor(socket, { slotId, topicId }) : null), [socket, slotId, topicId]);
  useEffect(() => {
    if (!channel) return;
    channel.retain();
    return () => channel.release();
  }, [channel]);
  const view = useSyncExternalStore(channel?.subscribe ?? noSubscription, channel?.getView ?? noView);
  return { channel, view };
}
