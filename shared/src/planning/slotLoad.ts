/**
 * The conflict objective (see conflicts.ts), kept up to date one topic at a time so the search
 * can price a move by reading only the voters of the topics it moves, not the whole agenda.
 * Topics and participants are dense indices here; `voters[t]` lists who put dots on topic t.
 */
export class SlotLoad {
  conflicts = 0;
  clashPairs = 0;
  /** What the last priced move would change; read right after `priceMove` / `priceSwap`. */
  deltaConflicts = 0;
  deltaPairs = 0;
  /** interest[slot * participantCount + p] = how many topics of that slot p put dots on. */
  private readonly interest: Int32Array;
  /** Scratch marks for priceSwap: voters of both topics of a swap see no change. */
  private readonly mark: Int32Array;
  private stamp = 0;

  constructor(
    slotCount: number,
    private readonly participantCount: number,
    private readonly voters: readonly Int32Array[],
  ) {
    this.interest = new Int32Array(slotCount * participantCount);
    this.mark = new Int32Array(participantCount);
  }

  add(topic: number, slot: number): void {
    const base = slot * this.participantCount;
    const voters = this.votersOf(topic);
    for (let i = 0; i < voters.length; i += 1) {
      const at = base + (voters[i] ?? 0);
      const k = this.interest[at] ?? 0;
      this.interest[at] = k + 1;
      this.clashPairs += k;
      if (k === 1) this.conflicts += 1;
    }
  }

  remove(topic: number, slot: number): void {
    const base = slot * this.participantCount;
    const voters = this.votersOf(topic);
    for (let i = 0; i < voters.length; i += 1) {
      const at = base + (voters[i] ?? 0);
      const k = this.interest[at] ?? 0;
      this.interest[at] = k - 1;
      this.clashPairs -= k - 1;
      if (k === 2) this.conflicts -= 1;
    }
  }

  /** Prices moving `topic` from slot `from` to slot `to`, without changing anything. */
  priceMove(topic: number, from: number, to: number): void {
    this.deltaConflicts = 0;
    this.deltaPairs = 0;
    this.priceVoters(this.votersOf(topic), from, to, -1);
  }

  /** Prices `a` (in `slotA`) and `b` (in `slotB`) trading slots, without changing anything. */
  priceSwap(a: number, slotA: number, b: number, slotB: number): void {
    this.deltaConflicts = 0;
    this.deltaPairs = 0;
    this.stamp += 2;
    const inA = this.stamp;
    const inBoth = this.stamp + 1;
    const votersA = this.votersOf(a);
    const votersB = this.votersOf(b);
    for (let i = 0; i < votersA.length; i += 1) this.mark[votersA[i] ?? 0] = inA;
    // Someone who voted for both still has one of them in each slot: nothing changes for them.
    for (let i = 0; i < votersB.length; i += 1) {
      const p = votersB[i] ?? 0;
      if (this.mark[p] === inA) this.mark[p] = inBoth;
    }
    this.priceVoters(votersA, slotA, slotB, inBoth);
    this.priceVoters(votersB, slotB, slotA, inBoth);
  }

  private priceVoters(voters: Int32Array, from: number, to: number, skipMark: number): void {
    const fromBase = from * this.participantCount;
    const toBase = to * this.participantCount;
    for (let i = 0; i < voters.length; i += 1) {
      const p = voters[i] ?? 0;
      if (this.mark[p] === skipMark) continue;
      const left = this.interest[fromBase + p] ?? 0;
      const joined = this.interest[toBase + p] ?? 0;
      this.deltaPairs += joined - (left - 1);
      if (left === 2) this.deltaConflicts -= 1;
      if (joined === 1) this.deltaConflicts += 1;
    }
  }

  private votersOf(topic: number): Int32Array {
    return this.voters[topic] ?? new Int32Array(0);
  }
}
