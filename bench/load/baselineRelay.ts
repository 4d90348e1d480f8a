import type { Server } from 'socket.io';
import type { ClientToServerEvents, SequencedEvent, ServerToClientEvents } from '@forum-ouvert/shared';

export type BaselineIo = Server<ClientToServerEvents, ServerToClientEvents>;

/** Everybody connected to a baseline server is in this one room: it has one session. */
export const EVERYONE = 'everyone';

/** How a baseline passes a vote on: that is the only thing the two baselines differ in. */
export interface Relay {
  publish(entry: SequencedEvent): void;
}

/** The bare baseline: each vote goes to the room at once, one message per vote. */
export class ImmediateRelay implements Relay {
  constructor(private readonly io: BaselineIo) {}

  publish(entry: SequencedEvent): void {
    this.io.to(EVERYONE).emit('events', { from: entry.seq - 1, to: entry.seq, events: [entry] });
  }
}

/**
 * The coalescing baseline: the app's broadcaster timing (the first vote of a tick arms a timer of
 * `tickMs`, the whole tick goes out as one message) without its per-audience projection.
 */
export class CoalescingRelay implements Relay {
  private pending: SequencedEvent[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly io: BaselineIo,
    private readonly tickMs: number,
  ) {}

  publish(entry: SequencedEvent): void {
    this.pending.push(entry);
    this.timer ??= setTimeout(() => this.flush(), this.tickMs);
  }

  private flush(): void {
    const events = this.pending;
    this.pending = [];
    this.timer = null;
    const first = events[0];
    const last = events[events.length - 1];
    if (!first || !last) return;
    this.io.to(EVERYONE).emit('events', { from: first.seq - 1, to: last.seq, events });
  }
}
