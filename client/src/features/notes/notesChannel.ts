import {
  ACK_TIMEOUT_MS,
  NOTE_SECTIONS,
  type GrantedNotesAccess,
  type GroupKey,
  type NotesOpenAck,
  type NotesUpdateAck,
} from '@forum-ouvert/shared';
import * as Y from 'yjs';
import type { AppSocket } from '../../net/socket.ts';
import { toBytes } from './bytes.ts';
import { admitGrowth, takeBatch } from './notesBudget.ts';
import { NotesPresenceChannel } from './notesPresence.ts';
import { outlivesReopening, refusalOf, sameView, statusOf, type NotesProblem, type NotesView } from './notesView.ts';

export type { NotesProblem, NotesStatus, NotesView } from './notesView.ts';

export const REMOTE = 'remote';
/** Keystrokes are gathered this long before they leave: fewer messages on a shaky Wi-Fi. */
const FLUSH_DELAY_MS = 300;
const RETRY_MS = 2000;

type NotesSocket = Pick<AppSocket, 'connected' | 'timeout' | 'emit' | 'volatile'>;

/**
 * One group's notes on this page: a Y.Doc kept for the page's life (typing offline is kept), its
 * queue of local updates sent with acks and retries, and the reopening after each reconnection:
 * apply what the server has that we lack, then send what it lacks.
 */
export class NotesChannel {
  readonly presence: NotesPresenceChannel;
  private doc = newDoc();
  private pending: Uint8Array[] = [];
  private access: GrantedNotesAccess | null = null;
  private problem: NotesProblem | null = null;
  private opened = false;
  private busy = { opening: false, sending: false };
  /** Bumped on every connection change and reset: an answer about an older connection or doc is ignored. */
  private generation = 0;
  private watchers = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private view: NotesView;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly socket: NotesSocket,
    readonly key: GroupKey,
  ) {
    this.presence = new NotesPresenceChannel((update) => {
      if (this.opened && this.access === 'write' && this.socket.connected) this.socket.volatile.emit('notes:awareness', { ...key, update });
    });
    this.bindDoc();
    this.view = this.makeView();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getView = (): NotesView => this.view;

  retain(): void {
    if (++this.watchers === 1 && !this.opened) void this.open();
  }

  release(): void {
    if (--this.watchers > 0) return;
    this.presence.writingIn(null);
    if (this.pending.length === 0) this.close();
  }

  /** Whether an edit adding `bytes` may be made; if not, says why in the view. An accepted edit clears an old refusal. */
  admit(bytes: number): boolean {
    const growth = admitGrowth(this.doc, bytes);
    this.setProblem(growth === 'ok' ? (outlivesReopening(this.problem) ? null : this.problem) : growth);
    return growth === 'ok';
  }

  /** Opens again, e.g. when the shared rule says this person's access changed (joined, left, notes published). */
  refresh(): void {
    if (this.watchers > 0) void this.open();
  }

  connected(): void {
    this.generation++;
    this.busy = { opening: false, sending: false };
    if (this.watchers > 0 || this.pending.length > 0) void this.open();
    this.notify();
  }

  disconnected(): void {
    this.generation++;
    this.opened = false;
    this.busy = { opening: false, sending: false };
    clearTimeout(this.timer);
    this.timer = undefined;
    this.notify();
  }

  receiveUpdate(update: unknown): void {
    Y.applyUpdate(this.doc, toBytes(update), REMOTE);
  }

  private async open(): Promise<void> {
    if (this.busy.opening || !this.socket.connected) return;
    this.busy.opening = true;
    const generation = this.generation;
    const request = { ...this.key, stateVector: Y.encodeStateVector(this.doc) };
    const ack = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('notes:open', request).catch(() => null);
    if (generation !== this.generation) return;
    this.busy.opening = false;
    if (!ack) return this.later(() => void this.open());
    if (!ack.ok) return this.refusedOpen(ack);
    Y.applyUpdate(this.doc, toBytes(ack.update), REMOTE);
    this.opened = true;
    this.access = ack.access;
    if (!outlivesReopening(this.problem)) this.problem = null;
    // What the server lacks: the structs past its state vector and every deletion (Yjs always sends
    // the whole delete set, so deletions alone say nothing unless we have unsent edits).
    const missing = Y.encodeStateAsUpdate(this.doc, toBytes(ack.stateVector));
    const lacks = this.pending.length > 0 || Y.decodeUpdate(missing).structs.length > 0;
    if (ack.access === 'read' && lacks) return this.reset('LOST_ACCESS');
    // That one update replaces the queue when it fits in a message (and no send is under way,
    // whose answer will take its part off the queue).
    if (ack.access === 'write' && !this.busy.sending && takeBatch([missing]).count === 1) this.pending = lacks ? [missing] : [];
    this.presence.announce();
    this.notify();
    void this.flush();
  }

  private async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.busy.sending || !this.opened || this.access !== 'write' || this.pending.length === 0 || !this.socket.connected) return;
    const batch = takeBatch(this.pending);
    if (batch.count === 0) return this.reset('TOO_LONG');
    this.busy.sending = true;
    const generation = this.generation;
    this.notify();
    const ack: NotesUpdateAck | null = await this.socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('notes:update', { ...this.key, update: batch.update })
      .catch(() => null);
    // After a reconnection the reopening sends everything the server lacks: this answer no longer counts.
    if (generation !== this.generation) return;
    this.busy.sending = false;
    const refusal = ack && !ack.ok ? refusalOf(ack.error.code) : null;
    if (!ack || refusal === 'retry') {
      this.notify();
      return this.later(() => void this.flush());
    }
    if (refusal) return this.reset(refusal);
    this.pending.splice(0, batch.count);
    this.notify();
    if (this.pending.length > 0) void this.flush();
    else if (this.watchers === 0) this.close();
  }

  private refusedOpen(ack: Extract<NotesOpenAck, { ok: false }>): void {
    const { code } = ack.error;
    if (code === 'RATE_LIMITED' || code === 'INTERNAL') return this.later(() => void this.open());
    this.access = null;
    this.pending = [];
    this.setProblem(code === 'FORBIDDEN' || code === 'NOT_FOUND' ? code : 'ERROR');
  }

  /**
   * Drops the local doc for the server's: after a refusal the local doc holds what the server will
   * never take, and no later update could be built without it.
   */
  private reset(problem: NotesProblem): void {
    // Answers still on their way were about the old doc.
    this.generation++;
    this.busy = { opening: false, sending: false };
    this.doc.destroy();
    this.doc = newDoc();
    this.bindDoc();
    this.pending = [];
    this.opened = false;
    this.problem = problem;
    this.notify();
    void this.open();
  }

  private close(): void {
    if (!this.opened) return;
    this.opened = false;
    if (this.socket.connected) this.socket.emit('notes:close', this.key);
    this.notify();
  }

  private bindDoc(): void {
    const doc = this.doc;
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      // A field still bound to a doc dropped by `reset` must not feed the new doc's queue.
      if (origin === REMOTE || doc !== this.doc) return;
      this.pending.push(update);
      this.notify();
      this.timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
    });
  }

  private later(retry: () => void): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.socket.connected) retry();
    }, RETRY_MS);
  }

  private setProblem(problem: NotesProblem | null): void {
    if (problem === this.problem) return;
    this.problem = problem;
    this.notify();
  }

  private notify(): void {
    const next = this.makeView();
    if (sameView(next, this.view)) return;
    this.view = next;
    for (const listener of this.listeners) listener();
  }

  private makeView(): NotesView {
    const status = statusOf(this.socket.connected, this.opened, this.pending.length > 0 || this.busy.sending);
    return { doc: this.doc, status, access: this.access, problem: this.problem };
  }
}

function newDoc(): Y.Doc {
  const doc = new Y.Doc();
  for (const section of NOTE_SECTIONS) doc.getText(section);
  return doc;
}
