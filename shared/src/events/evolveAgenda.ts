import type { Cell } from '../model/agenda.ts';
import type { SessionState } from '../model/session.ts';
import type { EventOf } from './events.ts';

type Counts = Record<string, Record<string, number>>;

export function addSpace(state: SessionState, event: EventOf<'SpaceAdded' | 'SpaceUpdated'>): SessionState {
  return { ...state, spaces: { ...state.spaces, [event.space.id]: event.space } };
}

export function removeSpace(state: SessionState, spaceId: string): SessionState {
  const { [spaceId]: _gone, ...spaces } = state.spaces;
  return pruneAgenda({ ...state, spaces });
}

export function addSlot(state: SessionState, event: EventOf<'SlotAdded' | 'SlotUpdated'>): SessionState {
  return { ...state, slots: { ...state.slots, [event.slot.id]: event.slot } };
}

export function removeSlot(state: SessionState, slotId: string): SessionState {
  const { [slotId]: _gone, ...slots } = state.slots;
  const { breakouts } = state;
  return pruneAgenda({
    ...state,
    slots,
    breakouts: {
      ...breakouts,
      currentSlotId: breakouts.currentSlotId === slotId ? null : breakouts.currentSlotId,
      timer: breakouts.timer?.slotId === slotId ? null : breakouts.timer,
    },
  });
}

export function proposeAgenda(state: SessionState, event: EventOf<'AgendaProposed'>): SessionState {
  const placements: Record<string, Cell> = {};
  for (const p of event.placements) placements[p.topicId] = { slotId: p.slotId, spaceId: p.spaceId };
  return pruneAgenda({ ...state, agenda: { ...state.agenda, placements } });
}

export function moveTopic(state: SessionState, event: EventOf<'TopicMoved'>): SessionState {
  const { [event.topicId]: from, ...placements } = state.agenda.placements;
  if (event.to) placements[event.topicId] = event.to;
  if (event.swappedTopicId) {
    delete placements[event.swappedTopicId];
    if (from) placements[event.swappedTopicId] = from;
  }
  return pruneAgenda({ ...state, agenda: { ...state.agenda, placements } });
}

export function lockTopic(state: SessionState, event: EventOf<'TopicLockChanged'>): SessionState {
  const others = state.agenda.locked.filter((id) => id !== event.topicId);
  return { ...state, agenda: { ...state.agenda, locked: event.locked ? [...others, event.topicId] : others } };
}

export function assignGroups(state: SessionState, event: EventOf<'GroupsAssigned'>): SessionState {
  return pruneAgenda({
    ...state,
    breakouts: { ...state.breakouts, members: event.assignments, headcounts: event.headcounts },
  });
}

/** Applies a move to whichever part of the groups this reader holds: their own line, and the counts. */
export function moveMember(
  state: SessionState,
  move: { participantId: string | null; slotId: string; fromTopicId: string | null; toTopicId: string | null },
): SessionState {
  const { members, headcounts } = state.breakouts;
  let nextMembers = members;
  if (move.participantId !== null) {
    const { [move.participantId]: _old, ...inSlot } = members[move.slotId] ?? {};
    nextMembers = withSlot(members, move.slotId, move.toTopicId ? { ...inSlot, [move.participantId]: move.toTopicId } : inSlot);
  }
  const counts = { ...(headcounts[move.slotId] ?? {}) };
  if (move.fromTopicId) {
    const left = (counts[move.fromTopicId] ?? 0) - 1;
    if (left > 0) counts[move.fromTopicId] = left;
    else delete counts[move.fromTopicId];
  }
  if (move.toTopicId) counts[move.toTopicId] = (counts[move.toTopicId] ?? 0) + 1;
  return {
    ...state,
    breakouts: { ...state.breakouts, members: nextMembers, headcounts: withSlot(headcounts, move.slotId, counts) },
  };
}

/**
 * A slot with nobody in it has no entry, as after pruneAgenda: one shape for one meaning, so
 * that a participant's view (only their own line) equals the projection of the full state.
 */
function withSlot<T>(bySlot: Record<string, Record<string, T>>, slotId: string, inSlot: Record<string, T>) {
  if (Object.keys(inSlot).length > 0) return { ...bySlot, [slotId]: inSlot };
  const { [slotId]: _gone, ...others } = bySlot;
  return others;
}

/**
 * Keeps the agenda and the groups consistent after anything that changes the grid or the topics:
 * no placement of a missing or hidden topic or in a missing cell, no lock on an unplaced topic, no
 * group (member or headcount) for a topic that no longer sits in that slot, or in a room too small for it. Every reader can run
 * it on the part it holds, so views stay equal to the projection of the full state.
 */
export function pruneAgenda(state: SessionState): SessionState {
  const placements: Record<string, Cell> = {};
  for (const [topicId, cell] of Object.entries(state.agenda.placements)) {
    const topic = state.topics[topicId];
    if (topic && !topic.hidden && cell.slotId in state.slots && cell.spaceId in state.spaces) placements[topicId] = cell;
  }
  const locked = state.agenda.locked.filter((id) => id in placements);
  // A group lives while its topic meets in that slot in a room that seats it: a new agenda may
  // give it a smaller room, and then it is dissolved rather than overcrowded. Headcounts are
  // public, so every reader drops the same groups.
  const meets = (slotId: string, topicId: string) => {
    const cell = placements[topicId];
    if (cell?.slotId !== slotId) return false;
    return (state.breakouts.headcounts[slotId]?.[topicId] ?? 0) <= (state.spaces[cell.spaceId]?.capacity ?? 0);
  };
  const members: Record<string, Record<string, string>> = {};
  for (const [slotId, bySlot] of Object.entries(state.breakouts.members)) {
    const kept = Object.fromEntries(Object.entries(bySlot).filter(([, topicId]) => meets(slotId, topicId)));
    if (Object.keys(kept).length > 0) members[slotId] = kept;
  }
  const headcounts: Counts = {};
  for (const [slotId, bySlot] of Object.entries(state.breakouts.headcounts)) {
    const kept = Object.fromEntries(Object.entries(bySlot).filter(([topicId, n]) => n > 0 && meets(slotId, topicId)));
    if (Object.keys(kept).length > 0) headcounts[slotId] = kept;
  }
  const spotlight = state.breakouts.spotlightTopicId;
  return {
    ...state,
    agenda: { ...state.agenda, placements, locked },
    breakouts: {
      ...state.breakouts,
      members,
      headcounts,
      spotlightTopicId: spotlight && state.topics[spotlight] && !state.topics[spotlight].hidden ? spotlight : null,
    },
  };
}
