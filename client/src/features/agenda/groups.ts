import {
  groupCapacity,
  headcount,
  isGroupFull,
  placementsOf,
  type SessionState,
  type Space,
  type Theme,
  type Topic,
} from '@forum-ouvert/shared';

/** A topic meeting in a slot, as phones and the projector show it. Counts and fullness come from the shared rules. */
export interface GroupInfo {
  slotId: string;
  topic: Topic;
  theme: Theme | undefined;
  space: Space;
  conveners: string[];
  count: number;
  capacity: number;
  full: boolean;
}

/** Spaces in the order the facilitator added them: the columns of the grid, the order of groups in a slot. */
export function spacesInOrder(state: SessionState): Space[] {
  return Object.values(state.spaces);
}

/** Pseudonyms of whoever proposed the topic (several after a merge): they convene its group. */
export function convenerNames(state: SessionState, topic: Topic): string[] {
  return topic.proposerIds.flatMap((id) => {
    const name = state.participants[id]?.pseudonym;
    return name ? [name] : [];
  });
}

export function groupInfo(state: SessionState, slotId: string, topicId: string): GroupInfo | undefined {
  const topic = state.topics[topicId];
  const cell = state.agenda.placements[topicId];
  const space = cell && cell.slotId === slotId ? state.spaces[cell.spaceId] : undefined;
  if (!topic || !space) return undefined;
  return {
    slotId,
    topic,
    theme: state.themes.find((th) => th.id === topic.themeId),
    space,
    conveners: convenerNames(state, topic),
    count: headcount(state, slotId, topicId),
    capacity: groupCapacity(state, slotId, topicId),
    full: isGroupFull(state, slotId, topicId),
  };
}

/** Every group meeting in a slot, in space order. */
export function groupsOfSlot(state: SessionState, slotId: string): GroupInfo[] {
  const order = new Map(spacesInOrder(state).map((space, i) => [space.id, i]));
  return placementsOf(state)
    .filter((p) => p.slotId === slotId)
    .sort((a, b) => (order.get(a.spaceId) ?? 0) - (order.get(b.spaceId) ?? 0))
    .flatMap((p) => {
      const info = groupInfo(state, slotId, p.topicId);
      return info ? [info] : [];
    });
}
