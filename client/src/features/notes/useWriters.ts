import type { NotesPresence } from '@forum-ouvert/shared';
import { useSyncExternalStore } from 'react';
import type { NotesChannel } from './notesChannel.ts';

const none: readonly NotesPresence[] = [];
const noSubscription = () => () => undefined;

/** The others whose caret is in a section of these notes, as the server named them. */
export function useWriters(channel: NotesChannel | null): readonly NotesPresence[] {
  return useSyncExternalStore(channel?.presence.subscribe ?? noSubscription, channel?.presence.getWriters ?? (() => none));
}
