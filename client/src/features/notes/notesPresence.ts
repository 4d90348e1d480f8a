import type { NoteSection, NotesPresence } from '@forum-ouvert/shared';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';

const SEND_EVERY_MS = 500;
const REMOTE = 'remote';

/**
 * Who is in which section of a group's notes (y-protocols awareness), for "Amina is writing…".
 * Volatile: never stored; the server stamps each sender's name. Has its own tiny doc, so the
 * notes' doc can be replaced (after a refusal) without losing it.
 */
export class NotesPresenceChannel {
  private readonly awareness = new Awareness(new Y.Doc());
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  private writers: readonly NotesPresence[] = [];

  constructor(private readonly send: (update: Uint8Array) => void) {
    this.awareness.setLocalState(null);
    this.awareness.on('update', (_: unknown, origin: unknown) => {
      if (origin === 'local') this.scheduleSend();
    });
    this.awareness.on('change', () => {
      this.writers = this.readWriters();
      for (const listener of this.listeners) listener();
    });
  }

  /** Where this person's caret is now (null: in no section). */
  writingIn(section: NoteSection | null): void {
    this.awareness.setLocalState(section === null ? null : { section });
  }

  receive(update: Uint8Array): void {
    try {
      applyAwarenessUpdate(this.awareness, update, REMOTE);
    } catch {
      // Someone else's malformed caret is not worth a crash.
    }
  }

  /** Sends this person's state again, e.g. to the others who just opened the notes. */
  announce(): void {
    if (this.awareness.getLocalState() !== null) this.scheduleSend();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getWriters = (): readonly NotesPresence[] => this.writers;

  private readWriters(): NotesPresence[] {
    const writers: NotesPresence[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId !== this.awareness.clientID && state['section']) writers.push(state as NotesPresence);
    }
    return writers;
  }

  private scheduleSend(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.send(encodeAwarenessUpdate(this.awareness, [this.awareness.clientID]));
    }, SEND_EVERY_MS);
  }
}
