import { compareIds } from './ranking.ts';
import type { Placement, PlanningTopic, Slot, Space } from './types.ts';

/** Largest first, then by id: "the largest free space" is then simply the first free one. */
export function spacesBySize(spaces: readonly Space[]): Space[] {
  return [...spaces].sort((a, b) => seats(b) - seats(a) || compareIds(a.id, b.id));
}

export function seats(space: Space | undefined): number {
  return space && Number.isFinite(space.capacity) ? Math.max(0, Math.floor(space.capacity)) : 0;
}

/**
 * The locks we can honour. A lock naming an unknown topic, slot or space, or a cell or a topic
 * already locked earlier in the list, cannot be kept "exactly" alongside the others: the first
 * one wins and the rest are dropped. Two locks sharing a convener in one slot are both kept:
 * the facilitator chose that on purpose, and the convener rule binds only what we place.
 */
export function usableLocks(
  locked: readonly Placement[],
  topics: readonly PlanningTopic[],
  slots: readonly Slot[],
  spaces: readonly Space[],
): Placement[] {
  const topicIds = new Set(topics.map((t) => t.id));
  const slotIds = new Set(slots.map((s) => s.id));
  const spaceIds = new Set(spaces.map((s) => s.id));
  const cells = new Set<string>();
  const lockedTopics = new Set<string>();
  const kept: Placement[] = [];
  for (const lock of locked) {
    const cell = JSON.stringify([lock.slotId, lock.spaceId]);
    if (!topicIds.has(lock.topicId) || !slotIds.has(lock.slotId) || !spaceIds.has(lock.spaceId)) continue;
    if (cells.has(cell) || lockedTopics.has(lock.topicId)) continue;
    cells.add(cell);
    lockedTopics.add(lock.topicId);
    kept.push({ topicId: lock.topicId, slotId: lock.slotId, spaceId: lock.spaceId });
  }
  return kept;
}

/** Grid order: slot by slot as given, then largest space first. */
export function sortPlacements(placements: Placement[], slots: readonly Slot[], spaces: readonly Space[]): Placement[] {
  const slotIndex = new Map(slots.map((s, i) => [s.id, i]));
  const spaceIndex = new Map(spacesBySize(spaces).map((s, i) => [s.id, i]));
  const at = (map: Map<string, number>, id: string) => map.get(id) ?? Number.MAX_SAFE_INTEGER;
  return placements.sort(
    (a, b) => at(slotIndex, a.slotId) - at(slotIndex, b.slotId) || at(spaceIndex, a.spaceId) - at(spaceIndex, b.spaceId),
  );
}
