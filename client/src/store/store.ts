import { create } from 'zustand';
import { initialConnection, type ConnectionSlice } from './connection.ts';
import { initialOutbox, type OutboxSlice } from './outbox.ts';
import { initialPresence, type PresenceSlice } from './presence.ts';
import { initialSession, type SessionSlice } from './session.ts';
import { initialUi, type UiSlice } from './ui.ts';

/** One store of slices. Actions are plain functions in each slice's module, callable from socket listeners. */
export type AppState = SessionSlice & ConnectionSlice & PresenceSlice & UiSlice & OutboxSlice;

function initialAppState(): AppState {
  return { ...initialSession(), ...initialConnection(), ...initialPresence(), ...initialUi(), ...initialOutbox() };
}

export const useAppStore = create<AppState>()(initialAppState);

/** Back to a blank page: when a page opens another session, and before every test. */
export function resetStore(): void {
  useAppStore.setState(initialAppState(), true);
}
