import { dotCount } from './ranking.ts';
import type { Dots, Placement } from './types.ts';

/**
 * The objective the agenda minimises. In a slot, a participant "clashes" when they put dots on
 * two or more of the topics scheduled in that slot: they can attend only one of them.
 *
 *   conflicts  = sum over slots of the number of participants who clash in that slot
 *                (each participant counts once per slot, however many of their topics collide);
 *   clashPairs = sum over slots and participants of k(k-1)/2, where k is how many of that slot's
 *                topics the participant put dots on (so it tells "two wishes collide" from "four do").
 *
 * How many dots someone put on a topic does not weigh in: one dot is enough to want to be there.
 * `conflicts` is the goal; `clashPairs` is the finer secondary measure that guides the search.
 */
export interface ConflictMeasure {
  conflicts: number;
  clashPairs: number;
}

export function measureConflicts(placements: readonly Placement[], dots: Dots): ConflictMeasure {
  const topicsBySlot = new Map<string, Set<string>>();
  for (const p of placements) {
    const inSlot = topicsBySlot.get(p.slotId) ?? new Set<string>();
    inSlot.add(p.topicId);
    topicsBySlot.set(p.slotId, inSlot);
  }
  let conflicts = 0;
  let clashPairs = 0;
  for (const inSlot of topicsBySlot.values()) {
    for (const byTopic of Object.values(dots)) {
      let k = 0;
      for (const topicId of inSlot) if (dotCount(byTopic[topicId]) > 0) k += 1;
      if (k >= 2) conflicts += 1;
      clashPairs += (k * (k - 1)) / 2;
    }
  }
  return { conflicts, clashPairs };
}
