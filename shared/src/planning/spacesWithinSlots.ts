import type { Placement, Space } from './types.ts';

/**
 * Within one slot, the most-voted topics get the largest spaces: a room sized to its crowd is
 * what the facilitator checks first. Locked cells are left alone; the other topics of the slot
 * take the remaining spaces, largest first, in vote order.
 */
export function fillSlotSpaces(
  slotId: string,
  topicIdsByVotes: readonly string[],
  spacesBySize: readonly Space[],
  lockedSpaceIds: ReadonlySet<string>,
): Placement[] {
  const freeSpaces = spacesBySize.filter((s) => !lockedSpaceIds.has(s.id));
  return topicIdsByVotes.flatMap((topicId, i) => {
    const space = freeSpaces[i];
    return space ? [{ topicId, slotId, spaceId: space.id }] : [];
  });
}
