import type { ErrorCode, OfflineCommand, OfflineCommandType } from '@forum-ouvert/shared';

/**
 * `sending`: its first try, while the person's tap still waits for the answer (not shown as
 * pending, so a working connection shows nothing); `waiting`: not sent yet, shown as such;
 * `sent`: accepted at `version`, and still folded until the mirror reaches that version, so
 * the dot or topic does not blink out between the ack and the event.
 */
export type EntryStatus = 'sending' | 'waiting' | 'sent';

export interface OutboxEntry {
  /** Made once, when the person acted: every retry sends it again, so the server applies it once. */
  commandId: string;
  command: OfflineCommand;
  /** When the person acted (ms): the `now` of the local decide, so a pending topic keeps its time. */
  createdAt: number;
  /** What it was about, in the words shown then (a topic title, a proposal), to name it in a refusal. */
  label: string;
  status: EntryStatus;
  /** The session version the server's ack named, once `sent`. */
  version?: number;
}

/** A refusal told on arrival; the same refusal on the same thing is one notice with a count. */
export interface OutboxNotice {
  id: string;
  type: OfflineCommandType;
  label: string;
  code: ErrorCode;
  count: number;
}

/** What a screen reader hears about the outbox: once when things start waiting, once when they are sent. */
export type OutboxAnnouncement = { kind: 'queued'; seq: number } | { kind: 'sent'; count: number; seq: number };

/** The most actions a phone keeps: enough for a vote and a few topics, little enough to stay light. */
export const OUTBOX_MAX_ENTRIES = 50;

/** Ids the phone makes for what exists only on it (a topic not sent yet); the server's never start so. */
const LOCAL_PREFIX = 'local-';

export function localIdMaker(commandId: string): (prefix: string) => string {
  return (prefix) => `${LOCAL_PREFIX}${prefix}-${commandId}`;
}

export function isLocalId(id: string): boolean {
  return id.startsWith(LOCAL_PREFIX);
}

/** Whether a local id was made by the entry `commandId` (whatever prefix its decide asked for). */
export function isLocalIdOf(id: string, commandId: string): boolean {
  return isLocalId(id) && id.endsWith(`-${commandId}`);
}

export function unsent(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return entries.filter((entry) => entry.status !== 'sent');
}
