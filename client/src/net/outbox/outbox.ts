import {
  ACK_TIMEOUT_MS,
  assertNever,
  decideOffline,
  ERROR_CODES,
  type CommandAck,
  type ErrorCode,
  type OfflineCommand,
} from '@forum-ouvert/shared';
import {
  announceOutbox,
  closeOutbox,
  openOutbox,
  outboxState,
  setOutboxEntries,
  setOutboxFull,
  setOutboxNotices,
} from '../../store/outbox.ts';
import { useAppStore } from '../../store/store.ts';
import type { CommandResult } from '../commands.ts';
import type { ClientErrorCode } from '../errors.ts';
import type { AppSocket } from '../socket.ts';
import { absorb } from './absorb.ts';
import { localIdMaker, OUTBOX_MAX_ENTRIES, unsent, type OutboxEntry } from './entry.ts';
import { labelOf } from './label.ts';
import { withRefusal } from './notices.ts';
import type { OutboxStorage } from './outboxStorage.ts';
import { shownState } from './shownState.ts';

export type OutboxSocket = Pick<AppSocket, 'connected' | 'timeout'>;

export interface OutboxDeps {
  participantId: string;
  storage: OutboxStorage;
  /** The page's socket, asked at each send: it may not exist yet when the outbox opens. */
  socket: () => OutboxSocket | null;
  newCommandId: () => string;
  now: () => number;
  /** Pause before trying again after an unanswered send or a rate limit. */
  retryMs?: number;
}

const QUEUED: CommandResult = { ok: true, queued: true };
const RETRY_MS = 2000;

/** What a send came to: answered (accepted or refused), unanswered, or to be tried again shortly. */
type SendOutcome = 'answered' | 'unanswered' | 'busy';

function asErrorCode(value: unknown): ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(value) ? (value as ErrorCode) : 'INTERNAL';
}

/**
 * A participant's actions that make sense later (a topic, a dot), kept until the server has them.
 * Each entry gets its command id once, when the person acts, and keeps it through every retry and
 * reload: the server answers a known id with its first result, so nothing is applied twice.
 * Entries are sent in order, one at a time, whenever the socket is connected and in sync.
 */
export class Outbox {
  private busy: string | null = null;
  private flushing = false;
  private again = false;
  private disposed = false;
  /** Entries that had waited (were shown "not sent yet") and have been accepted since the last announcement. */
  private sentAfterWaiting = 0;
  /** Taps still waiting for the first answer to their command. */
  private readonly waiters = new Map<string, (result: CommandResult) => void>();
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: OutboxDeps) {
    const stored = deps.storage.load();
    openOutbox(deps.participantId, stored.entries, stored.notices);
    this.unsubscribe = useAppStore.subscribe((s, previous) => {
      if (s.session.state !== previous.session.state) this.forgetMirrored();
      if (s.connection.status === 'online' && previous.connection.status !== 'online') void this.flush();
    });
    void this.flush();
  }

  /** The command as the person's tap sees it: refused at once, accepted, or kept to be sent later. */
  submit(command: OfflineCommand): Promise<CommandResult> {
    const state = useAppStore.getState();
    const view = shownState(state);
    const { entries } = state.outbox;
    if (!view) return Promise.resolve(this.failure());
    const commandId = this.deps.newCommandId();
    const now = this.deps.now();
    const actor = { role: 'participant', participantId: this.deps.participantId } as const;
    const decision = decideOffline(view, command, { actor, now, newId: localIdMaker(commandId) });
    if (!decision.ok) return Promise.resolve({ ok: false, error: { code: decision.error.code } });

    const absorbed = absorb(entries, command, this.busy);
    switch (absorbed.kind) {
      case 'append':
        break;
      case 'cancel':
        this.commit(entries.filter((e) => e.commandId !== absorbed.commandId));
        return Promise.resolve(QUEUED);
      case 'replace': {
        const { command: replaced } = absorbed;
        const label = labelOf(view, replaced);
        this.commit(entries.map((e) => (e.commandId === absorbed.commandId ? { ...e, command: replaced, label } : e)));
        return Promise.resolve(QUEUED);
      }
      case 'later':
        return Promise.resolve(this.failure());
      default:
        return assertNever(absorbed);
    }

    const ahead = unsent(entries).length;
    if (ahead >= OUTBOX_MAX_ENTRIES) {
      setOutboxFull(true);
      return Promise.resolve(this.failure());
    }
    const direct = ahead === 0 && this.online();
    const entry: OutboxEntry = { commandId, command, createdAt: now, label: labelOf(view, command), status: direct ? 'sending' : 'waiting' };
    this.commit([...entries, entry]);
    if (!direct) {
      this.noteWaiting();
      return Promise.resolve(QUEUED);
    }
    const answer = new Promise<CommandResult>((resolve) => this.waiters.set(commandId, resolve));
    void this.flush();
    return answer;
  }

  dismiss(noticeId: string): void {
    setOutboxNotices(outboxState().notices.filter((n) => n.id !== noticeId));
    this.persist();
  }

  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
    for (const resolve of this.waiters.values()) resolve(QUEUED);
    this.waiters.clear();
    closeOutbox();
  }

  private online(): boolean {
    return !this.disposed && useAppStore.getState().connection.status === 'online' && navigator.onLine !== false;
  }

  private failure(): CommandResult {
    const code: ClientErrorCode = navigator.onLine === false || useAppStore.getState().connection.status !== 'online' ? 'OFFLINE' : 'NETWORK';
    return { ok: false, error: { code } };
  }

  /** Sends what waits, in order, one at a time, while the socket is connected and in sync. */
  private async flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return;
    }
    this.flushing = true;
    this.again = false;
    try {
      for (;;) {
        const socket = this.deps.socket();
        const next = outboxState().entries.find((e) => e.status !== 'sent');
        if (!next || !socket?.connected || !this.online()) break;
        const outcome = await this.send(socket, next);
        if (outcome === 'answered') continue;
        // Unanswered while still connected (a half-dead link) or rate limited: pause, then try again.
        if (!this.online()) break;
        await new Promise((resolve) => setTimeout(resolve, this.deps.retryMs ?? RETRY_MS));
      }
    } finally {
      this.flushing = false;
    }
    if (this.disposed) return;
    // A tap whose command could not even leave (the link fell as it was made) waits like the rest.
    for (const entry of outboxState().entries) if (entry.status === 'sending') this.toWaiting(entry.commandId);
    this.afterFlush();
    if (this.again && this.online()) void this.flush();
  }

  private async send(socket: OutboxSocket, entry: OutboxEntry): Promise<SendOutcome> {
    this.busy = entry.commandId;
    let ack: CommandAck | null = null;
    try {
      ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('command', { commandId: entry.commandId, command: entry.command });
    } catch {
      // Timed out, or the socket dropped before the answer: the entry stays, with its id.
    } finally {
      this.busy = null;
    }
    if (this.disposed) return 'answered';
    if (!ack) {
      this.toWaiting(entry.commandId);
      return 'unanswered';
    }
    if (ack.ok) {
      this.accepted(entry.commandId, ack.version);
      return 'answered';
    }
    const code = asErrorCode(ack.error.code);
    // Not remembered by the server, and not a judgement on the action: it goes again shortly.
    if (code === 'RATE_LIMITED') {
      this.toWaiting(entry.commandId);
      return 'busy';
    }
    this.refused(entry.commandId, code);
    return 'answered';
  }

  private accepted(commandId: string, version: number): void {
    const { entries } = outboxState();
    if (entries.find((e) => e.commandId === commandId)?.status === 'waiting') this.sentAfterWaiting++;
    this.commit(entries.map((e) => (e.commandId === commandId ? { ...e, status: 'sent', version } : e)));
    this.forgetMirrored();
    this.settle(commandId, { ok: true, version });
  }

  /** A refusal on arrival: the tap still waiting hears it as today; otherwise the person is told plainly, until they dismiss it. */
  private refused(commandId: string, code: ErrorCode): void {
    const { entries, notices } = outboxState();
    const entry = entries.find((e) => e.commandId === commandId);
    setOutboxEntries(entries.filter((e) => e.commandId !== commandId));
    if (!this.settle(commandId, { ok: false, error: { code } }) && entry) setOutboxNotices(withRefusal(notices, entry, code));
    this.persist();
  }

  /** The first try got no answer: the tap is told it waits, and the entry is now shown "not sent yet". */
  private toWaiting(commandId: string): void {
    const { entries } = outboxState();
    if (entries.some((e) => e.commandId === commandId && e.status === 'sending')) {
      this.commit(entries.map((e) => (e.commandId === commandId ? { ...e, status: 'waiting' } : e)));
    }
    if (this.settle(commandId, QUEUED)) this.noteWaiting();
  }

  private settle(commandId: string, result: CommandResult): boolean {
    const resolve = this.waiters.get(commandId);
    this.waiters.delete(commandId);
    resolve?.(result);
    return resolve !== undefined;
  }

  /** One announcement when things start waiting, not one per dot. */
  private noteWaiting(): void {
    const { announcement } = outboxState();
    if (announcement?.kind !== 'queued') announceOutbox({ kind: 'queued', seq: (announcement?.seq ?? 0) + 1 });
  }

  private afterFlush(): void {
    const { entries, announcement } = outboxState();
    const left = unsent(entries).length;
    if (left === 0 && this.sentAfterWaiting > 0) {
      announceOutbox({ kind: 'sent', count: this.sentAfterWaiting, seq: (announcement?.seq ?? 0) + 1 });
      this.sentAfterWaiting = 0;
    }
  }

  /** Accepted entries leave the fold once the mirror holds their events. */
  private forgetMirrored(): void {
    const version = useAppStore.getState().session.state?.version ?? 0;
    const { entries } = outboxState();
    const kept = entries.filter((e) => e.status !== 'sent' || (e.version ?? 0) > version);
    if (kept.length !== entries.length) setOutboxEntries(kept);
  }

  private commit(entries: readonly OutboxEntry[]): void {
    setOutboxEntries(entries);
    if (unsent(entries).length < OUTBOX_MAX_ENTRIES) setOutboxFull(false);
    this.persist();
  }

  private persist(): void {
    const { entries, notices } = outboxState();
    this.deps.storage.save({ entries: unsent(entries), notices: [...notices] });
  }
}
