import type { EventAudiences } from '@forum-ouvert/shared';

/** An accepted event as every audience will see it, computed once when it is accepted. */
export interface AcceptedEvent {
  seq: number;
  audiences: EventAudiences;
}

/**
 * The last `capacity` accepted events of a session, so that a reconnecting reader
 * gets what it missed as events rather than a whole snapshot. A fixed ring: old
 * entries fall off without copying, whatever the session's length.
 */
export class RecentEvents {
  private readonly ring: (AcceptedEvent | undefined)[];
  private head = 0;
  private size = 0;

  constructor(private readonly capacity = 2000) {
    this.ring = new Array<AcceptedEvent | undefined>(capacity);
  }

  push(entry: AcceptedEvent): void {
    const newest = this.at(this.size - 1);
    if (newest && entry.seq !== newest.seq + 1) {
      // A hole would hand a reader a batch with a gap in it; start again from this entry.
      this.head = 0;
      this.size = 0;
    }
    this.ring[(this.head + this.size) % this.capacity] = entry;
    if (this.size < this.capacity) this.size++;
    else this.head = (this.head + 1) % this.capacity;
  }

  /** Every entry after `seq`, or `null` when some of them have already fallen off. */
  after(seq: number): AcceptedEvent[] | null {
    const oldest = this.at(0);
    if (!oldest || seq < oldest.seq - 1) return null;
    const entries: AcceptedEvent[] = [];
    for (let i = seq - oldest.seq + 1; i < this.size; i++) {
      const entry = this.at(i);
      if (entry) entries.push(entry);
    }
    return entries;
  }

  private at(index: number): AcceptedEvent | undefined {
    if (index < 0 || index >= this.size) return undefined;
    return this.ring[(this.head + index) % this.capacity];
  }
}
