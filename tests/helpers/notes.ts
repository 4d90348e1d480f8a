import * as Y from 'yjs';
import {
  ACK_TIMEOUT_MS,
  type GroupKey,
  type NoteSection,
  type NotesOpenAck,
  type NotesRelay,
  type NotesUpdateAck,
} from '@forum-ouvert/shared';
import type { TestClient } from './client.ts';

const REMOTE = 'remote';

/**
 * A real socket with its own Y.Doc of one group's notes, driven by hand: the test decides when
 * to open, what to type and when to send, so it can interleave and cut connections at will.
 */
export class NotesPeer {
  readonly doc = new Y.Doc();
  /** Local updates not sent yet, in order. */
  private unsent: Uint8Array[] = [];
  readonly awareness: NotesRelay[] = [];

  constructor(
    readonly client: TestClient,
    readonly key: GroupKey,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.unsent.push(update);
    });
    client.socket.on('notes:update', (message) => {
      if (this.isMine(message)) Y.applyUpdate(this.doc, message.update, REMOTE);
    });
    client.socket.on('notes:awareness', (message) => {
      if (this.isMine(message)) this.awareness.push(message);
    });
  }

  /** Opens the group with this doc's state vector and applies what the server says we lack. */
  async open(): Promise<NotesOpenAck> {
    const ack = await this.client.socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('notes:open', { ...this.key, stateVector: Y.encodeStateVector(this.doc) });
    if (ack.ok) Y.applyUpdate(this.doc, ack.update, REMOTE);
    return ack;
  }

  /** Types locally (as a phone does, online or not); nothing is sent yet. */
  type(section: NoteSection, index: number, text: string): void {
    this.doc.getText(section).insert(index, text);
  }

  append(section: NoteSection, text: string): void {
    this.type(section, this.text(section).length, text);
  }

  /** Sends every unsent local change as one update. */
  flush(): Promise<NotesUpdateAck> {
    const update = Y.mergeUpdates(this.unsent);
    this.unsent = [];
    return this.send(update);
  }

  /** After a reconnection: opens again, then sends what the server lacks according to its state vector. */
  async resync(): Promise<NotesUpdateAck> {
    const opened = await this.open();
    if (!opened.ok) return opened;
    this.unsent = [];
    return this.send(Y.encodeStateAsUpdate(this.doc, opened.stateVector));
  }

  send(update: Uint8Array): Promise<NotesUpdateAck> {
    return this.client.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('notes:update', { ...this.key, update });
  }

  text(section: NoteSection): string {
    return this.doc.getText(section).toString();
  }

  private isMine(message: NotesRelay): boolean {
    return message.slotId === this.key.slotId && message.topicId === this.key.topicId;
  }
}

export function expectSaved(ack: NotesUpdateAck): void {
  if (!ack.ok) throw new Error(`Notes update refused: ${ack.error.code} ${ack.error.message}`);
}

export function codeOf(ack: { ok: boolean; error?: { code: string } }): string {
  return ack.ok ? 'OK' : (ack.error?.code ?? '?');
}
