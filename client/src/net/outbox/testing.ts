import type { CommandAck, CommandEnvelope } from '@forum-ouvert/shared';
import { setConnectionStatus } from '../../store/connection.ts';
import { applySnapshot } from '../../store/session.ts';
import { created, dot, joined, phase, proposed, sessionFrom } from '../../test/fixtures.ts';
import type { OutboxSocket } from './outbox.ts';
import type { OutboxStorage, StoredOutbox } from './outboxStorage.ts';

/** A command on its way: the test answers it, or loses it as a dropped link would. */
export interface InFlight {
  envelope: CommandEnvelope;
  answer(ack: CommandAck): void;
  lose(): void;
}

/** A socket whose every command waits until the test says what became of it. */
export function fakeSocket() {
  const inFlight: InFlight[] = [];
  const envelopes: CommandEnvelope[] = [];
  const socket = {
    connected: true,
    timeout: () => ({
      emitWithAck: (_event: 'command', envelope: CommandEnvelope) =>
        new Promise<CommandAck>((resolve, reject) => {
          envelopes.push(envelope);
          inFlight.push({ envelope, answer: resolve, lose: () => reject(new Error('socket has been disconnected')) });
        }),
    }),
  };
  return {
    socket: socket as unknown as OutboxSocket & { connected: boolean },
    envelopes,
    /** The oldest command not answered yet. */
    next(): InFlight {
      const first = inFlight.shift();
      if (!first) throw new Error('nothing in flight');
      return first;
    },
    get waiting(): number {
      return inFlight.length;
    },
  };
}

export function memoryStorage(initial: StoredOutbox = { entries: [], notices: [] }): OutboxStorage & { stored: StoredOutbox } {
  const box = {
    stored: initial,
    load: () => structuredClone(box.stored),
    save: (stored: StoredOutbox) => {
      box.stored = structuredClone(stored);
    },
  };
  return box;
}

/** p1's phone in the vote (3 dots, one per topic), three topics, one dot of p1 already on t1; the server is at version 9. */
export function votingMirror() {
  const state = sessionFrom(
    created(),
    joined('p1'),
    joined('p2'),
    phase('marketplace'),
    proposed('t1', 'p2'),
    proposed('t2', 'p2'),
    proposed('t3', 'p2'),
    phase('voting'),
    dot('p1', 't1'),
  );
  applySnapshot(state);
  return state;
}

export function goOnline(): void {
  setConnectionStatus('online');
}

export function goOffline(): void {
  setConnectionStatus('offline');
}

/** Lets pending promise callbacks (acks, the flush loop) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
