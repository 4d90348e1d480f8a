import type { Arrangement } from './arrangement.ts';

/**
 * The greedy start, which also decides WHICH topics get a cell. Topics come most-voted first;
 * each takes the first slot with a free cell where none of its conveners is busy. When no slot
 * accepts it, one repair is tried: move a single less-voted, already placed topic to another
 * slot to make room (for a cell, or for a convener). A topic that still does not fit is left
 * out, and the next one gets its chance. Deciding exactly whether a set of topics fits is
 * list-colouring with capacities (NP-hard), so this one-step repair is a deliberate, cheap
 * middle ground: it rescues the usual "two busy conveners" jams without a full search.
 *
 * Without any repair this is exactly the first-fit baseline, which is why the search that
 * follows (starting here and keeping the best agenda it sees) is never worse than first fit
 * whenever both end up scheduling the same topics.
 */
export function placeByRank(arrangement: Arrangement, rankOrder: readonly number[]): void {
  for (const topic of rankOrder) {
    if (!placeFirstFit(arrangement, topic)) placeWithOneRepair(arrangement, topic);
  }
}

function placeFirstFit(arrangement: Arrangement, topic: number): boolean {
  for (let slot = 0; slot < arrangement.slotCount; slot += 1) {
    if (arrangement.canMove(topic, slot)) {
      arrangement.place(topic, slot);
      return true;
    }
  }
  return false;
}

function placeWithOneRepair(arrangement: Arrangement, topic: number): boolean {
  for (let slot = 0; slot < arrangement.slotCount; slot += 1) {
    // Least-voted first: if someone has to move, let it be the topic that matters least.
    const candidates = [...(arrangement.members[slot] ?? [])].sort((a, b) => b - a);
    for (const blocker of candidates) {
      if (!arrangement.convenersFree(topic, slot, blocker)) continue;
      for (let other = 0; other < arrangement.slotCount; other += 1) {
        if (other === slot || !arrangement.canMove(blocker, other)) continue;
        arrangement.moveTo(blocker, other);
        arrangement.place(topic, slot);
        return true;
      }
    }
  }
  return false;
}
