import type { SlotLoad } from './slotLoad.ts';

/**
 * Which slot each topic sits in, while the search runs. Only slots matter here: within a slot
 * the spaces are handed out at the very end (spacesWithinSlots.ts), so the state is small and
 * a move is cheap. Two rules are kept at all times: a slot never holds more placed topics than
 * it has unlocked cells, and no convener is busy with two topics of one slot.
 */
export class Arrangement {
  /** slotOf[t] = slot index of topic t, or -1 while it has no cell. */
  readonly slotOf: Int32Array;
  /** Free unlocked cells per slot. */
  readonly free: Int32Array;
  /** The topics the search may move, per slot; locked topics are not listed. */
  readonly members: number[][];
  private readonly position: Int32Array;
  /** busy[slot * convenerCount + c] = how many topics of that slot convener c runs. */
  private readonly busy: Int32Array;

  constructor(
    readonly load: SlotLoad,
    freeCells: readonly number[],
    private readonly conveners: readonly Int32Array[],
    private readonly convenerCount: number,
  ) {
    const slotCount = freeCells.length;
    this.slotOf = new Int32Array(conveners.length).fill(-1);
    this.position = new Int32Array(conveners.length).fill(-1);
    this.free = Int32Array.from(freeCells);
    this.members = Array.from({ length: slotCount }, () => []);
    this.busy = new Int32Array(slotCount * convenerCount);
  }

  get slotCount(): number {
    return this.free.length;
  }

  /** A locked topic: it counts for conflicts and conveners but takes no free cell and never moves. */
  lock(topic: number, slot: number): void {
    this.slotOf[topic] = slot;
    this.occupy(topic, slot, +1);
  }

  place(topic: number, slot: number): void {
    const members = this.members[slot] ?? [];
    this.slotOf[topic] = slot;
    this.position[topic] = members.length;
    members.push(topic);
    this.free[slot] = (this.free[slot] ?? 0) - 1;
    this.occupy(topic, slot, +1);
  }

  unplace(topic: number): void {
    const slot = this.slotOf[topic] ?? -1;
    const members = this.members[slot] ?? [];
    const at = this.position[topic] ?? -1;
    const last = members.pop();
    if (last !== undefined && last !== topic) {
      members[at] = last;
      this.position[last] = at;
    }
    this.slotOf[topic] = -1;
    this.position[topic] = -1;
    this.free[slot] = (this.free[slot] ?? 0) + 1;
    this.occupy(topic, slot, -1);
  }

  /** Whether none of the topic's conveners is busy in `slot`, not counting topic `leaving`. */
  convenersFree(topic: number, slot: number, leaving = -1): boolean {
    const leavingConveners = this.conveners[leaving];
    for (const c of this.conveners[topic] ?? []) {
      const busy = this.busy[slot * this.convenerCount + c] ?? 0;
      const freedByLeaving = leavingConveners?.includes(c) ? 1 : 0;
      if (busy - freedByLeaving > 0) return false;
    }
    return true;
  }

  canMove(topic: number, slot: number): boolean {
    return (this.free[slot] ?? 0) > 0 && this.slotOf[topic] !== slot && this.convenersFree(topic, slot);
  }

  /** Topics in two different slots trading places. */
  canSwap(a: number, b: number): boolean {
    const slotA = this.slotOf[a] ?? -1;
    const slotB = this.slotOf[b] ?? -1;
    return slotA !== slotB && this.convenersFree(a, slotB, b) && this.convenersFree(b, slotA, a);
  }

  moveTo(topic: number, slot: number): void {
    this.unplace(topic);
    this.place(topic, slot);
  }

  swap(a: number, b: number): void {
    const slotA = this.slotOf[a] ?? -1;
    const slotB = this.slotOf[b] ?? -1;
    this.unplace(a);
    this.unplace(b);
    this.place(a, slotB);
    this.place(b, slotA);
  }

  /** The placed (not locked) topics' slots, to come back to the best agenda seen. */
  snapshot(movable: readonly number[]): Int32Array {
    return Int32Array.from(movable, (t) => this.slotOf[t] ?? -1);
  }

  restore(movable: readonly number[], snapshot: Int32Array): void {
    for (const t of movable) if ((this.slotOf[t] ?? -1) >= 0) this.unplace(t);
    movable.forEach((t, i) => {
      const slot = snapshot[i] ?? -1;
      if (slot >= 0) this.place(t, slot);
    });
  }

  private occupy(topic: number, slot: number, delta: 1 | -1): void {
    for (const c of this.conveners[topic] ?? []) {
      const at = slot * this.convenerCount + c;
      this.busy[at] = (this.busy[at] ?? 0) + delta;
    }
    if (delta > 0) this.load.add(topic, slot);
    else this.load.remove(topic, slot);
  }
}
