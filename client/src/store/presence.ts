import { useAppStore } from './store.ts';

/** Volatile: rebuilt from the server's `presence` messages, never from the event log. */
export interface PresenceSlice {
  presence: { online: number | null };
}

export function initialPresence(): PresenceSlice {
  return { presence: { online: null } };
}

export function setOnlineCount(online: number | null): void {
  useAppStore.setState({ presence: { online } });
}
