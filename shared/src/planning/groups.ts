import { seats } from './grid.ts';
import { compareIds } from './ranking.ts';
import type { Placement, Slot, Space } from './types.ts';

/** One topic running in one slot: the group participants can join. */
export interface Group {
  topicId: string;
  capacity: number;
}

/**
 * The groups of each slot, by topic id so the result does not depend on the placements' order.
 * A placement in an unknown slot is ignored; one in an unknown space has no seats; a topic
 * placed twice in one slot is one group (the first placement's space).
 */
export function groupsBySlot(slots: readonly Slot[], placements: readonly Placement[], spaces: readonly Space[]): Map<string, Group[]> {
  const spaceById = new Map(spaces.map((s) => [s.id, s]));
  const groups = new Map<string, Group[]>(slots.map((s) => [s.id, []]));
  for (const placement of placements) {
    const inSlot = groups.get(placement.slotId);
    if (!inSlot || inSlot.some((g) => g.topicId === placement.topicId)) continue;
    inSlot.push({ topicId: placement.topicId, capacity: seats(spaceById.get(placement.spaceId)) });
  }
  for (const inSlot of groups.values()) inSlot.sort((a, b) => compareIds(a.topicId, b.topicId));
  return groups;
}
