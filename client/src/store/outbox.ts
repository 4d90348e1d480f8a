import type { OutboxAnnouncement, OutboxEntry, OutboxNotice } from '../net/outbox/entry.ts';
import { useAppStore } from './store.ts';

/**
 * What a participant's phone did but has not had accepted yet (see `net/outbox/`), and the
 * refusals it was told on arrival. The session mirror stays the server's: what the phone shows
 * is that mirror with these entries folded on top.
 */
export interface OutboxSlice {
  outbox: {
    /** Whose phone this is; null on pages that keep nothing (facilitator, projector). */
    owner: string | null;
    entries: readonly OutboxEntry[];
    notices: readonly OutboxNotice[];
    /** Something could not be kept because the outbox was full. */
    full: boolean;
    announcement: OutboxAnnouncement | null;
  };
}

export function initialOutbox(): OutboxSlice {
  return { outbox: { owner: null, entries: [], notices: [], full: false, announcement: null } };
}

export function outboxState(): OutboxSlice['outbox'] {
  return useAppStore.getState().outbox;
}

export function openOutbox(owner: string, entries: readonly OutboxEntry[], notices: readonly OutboxNotice[]): void {
  useAppStore.setState({ outbox: { owner, entries, notices, full: false, announcement: null } });
}

export function closeOutbox(): void {
  useAppStore.setState(initialOutbox());
}

export function setOutboxEntries(entries: readonly OutboxEntry[]): void {
  useAppStore.setState((s) => ({ outbox: { ...s.outbox, entries } }));
}

export function setOutboxNotices(notices: readonly OutboxNotice[]): void {
  useAppStore.setState((s) => ({ outbox: { ...s.outbox, notices } }));
}

export function setOutboxFull(full: boolean): void {
  if (outboxState().full !== full) useAppStore.setState((s) => ({ outbox: { ...s.outbox, full } }));
}

export function announceOutbox(announcement: OutboxAnnouncement): void {
  useAppStore.setState((s) => ({ outbox: { ...s.outbox, announcement } }));
}
