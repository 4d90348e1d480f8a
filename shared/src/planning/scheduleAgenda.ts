import { anneal, descend } from './anneal.ts';
import { Arrangement } from './arrangement.ts';
import { measureConflicts } from './conflicts.ts';
import { densify } from './denseWorkshop.ts';
import { placeByRank } from './firstPlacement.ts';
import { sortPlacements, spacesBySize, usableLocks } from './grid.ts';
import { mulberry32 } from './prng.ts';
import { byVotes, totalVotes } from './ranking.ts';
import { SlotLoad } from './slotLoad.ts';
import { fillSlotSpaces } from './spacesWithinSlots.ts';
import type { Dots, Placement, PlanningTopic, ScheduleInput, ScheduleResult, Slot } from './types.ts';

export const DEFAULT_SEED = 20240611;
export const DEFAULT_ITERATIONS = 200_000;

/**
 * Puts topics into the grid of slots x spaces.
 *  1. Rank topics by total dots (ties by id). Locked placements are kept as they are.
 *  2. Greedy start, most-voted first: this decides which topics get a cell (firstPlacement.ts).
 *  3. Simulated annealing then descent over slots only, minimising conflicts, then clash
 *     pairs (conflicts.ts), never breaking the cell or convener rules (anneal.ts).
 *  4. Within each slot, the most-voted topics take the largest free spaces.
 * Pure and deterministic: the input order of topics, spaces and dots does not matter, only
 * the slot order, the seed and the iteration budget.
 */
export function scheduleAgenda(input: ScheduleInput): ScheduleResult {
  const { slots, dots } = input;
  const order = byVotes(totalVotes(dots));
  const topics = [...new Map(input.topics.map((t) => [t.id, t])).values()].sort((a, b) => order(a.id, b.id));
  const spaces = spacesBySize(input.spaces);
  const locks = usableLocks(input.locked, topics, slots, spaces);

  const arrangement = startArrangement(topics, slots, spaces.length, locks, dots);
  const locked = new Set(locks.map((l) => l.topicId));
  const open = topics.flatMap((t, i) => (locked.has(t.id) ? [] : [i]));
  placeByRank(arrangement, open);
  const movable = open.filter((t) => (arrangement.slotOf[t] ?? -1) >= 0);
  anneal(arrangement, movable, input.iterations ?? DEFAULT_ITERATIONS, mulberry32(input.seed ?? DEFAULT_SEED));
  descend(arrangement, movable);

  const placements: Placement[] = [...locks];
  slots.forEach((slot, s) => {
    // Indices are ranks, so sorting them puts the most-voted first.
    const ranked = movable.filter((t) => arrangement.slotOf[t] === s).sort((a, b) => a - b);
    const lockedSpaces = new Set(locks.filter((l) => l.slotId === slot.id).map((l) => l.spaceId));
    placements.push(...fillSlotSpaces(slot.id, ranked.flatMap((t) => topics[t]?.id ?? []), spaces, lockedSpaces));
  });
  const placed = new Set(placements.map((p) => p.topicId));
  return {
    placements: sortPlacements(placements, slots, spaces),
    unscheduled: topics.filter((t) => !placed.has(t.id)).map((t) => t.id),
    ...measureConflicts(placements, dots),
  };
}

/** An empty grid holding only the locked topics; topic indices are ranks (0 = most voted). */
function startArrangement(
  rankedTopics: readonly PlanningTopic[],
  slots: readonly Slot[],
  spaceCount: number,
  locks: readonly Placement[],
  dots: Dots,
): Arrangement {
  const dense = densify(rankedTopics, dots);
  const load = new SlotLoad(slots.length, dense.participantCount, dense.voters);
  const freeCells = slots.map((slot) => spaceCount - locks.filter((l) => l.slotId === slot.id).length);
  const arrangement = new Arrangement(load, freeCells, dense.conveners, dense.convenerCount);
  const topicIndex = new Map(rankedTopics.map((t, i) => [t.id, i]));
  const slotIndex = new Map(slots.map((s, i) => [s.id, i]));
  for (const lock of locks) arrangement.lock(topicIndex.get(lock.topicId) ?? 0, slotIndex.get(lock.slotId) ?? 0);
  return arrangement;
}
