import { phaseAllows } from '../model/phase.ts';
import type { Placement, Slot } from '../model/agenda.ts';
import type { SessionState } from '../model/session.ts';
import { measureConflicts } from '../planning/index.ts';

/** Slots in time order (ties by id, so the order never depends on insertion). */
export function orderedSlots(state: SessionState): Slot[] {
  return Object.values(state.slots).sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

export function placementsOf(state: SessionState): Placement[] {
  return Object.entries(state.agenda.placements).map(([topicId, cell]) => ({ topicId, ...cell }));
}

/** The topic in a cell, if any. */
export function topicInCell(state: SessionState, slotId: string, spaceId: string): string | undefined {
  return placementsOf(state).find((p) => p.slotId === slotId && p.spaceId === spaceId)?.topicId;
}

/** Topics that can still be scheduled but are not: visible, not in the grid. */
export function unscheduledTopicIds(state: SessionState): string[] {
  return Object.values(state.topics)
    .filter((t) => !t.hidden && !(t.id in state.agenda.placements))
    .map((t) => t.id);
}

/** Seats of the group a topic forms in a slot: the capacity of the space it sits in, or 0 if it does not meet then. */
export function groupCapacity(state: SessionState, slotId: string, topicId: string): number {
  const cell = state.agenda.placements[topicId];
  if (!cell || cell.slotId !== slotId) return 0;
  return state.spaces[cell.spaceId]?.capacity ?? 0;
}

export function headcount(state: SessionState, slotId: string, topicId: string): number {
  return state.breakouts.headcounts[slotId]?.[topicId] ?? 0;
}

/** The group a participant sits in for a slot (readable in their own view and the facilitator's). */
export function groupOf(state: SessionState, participantId: string, slotId: string): string | undefined {
  return state.breakouts.members[slotId]?.[participantId];
}

/**
 * Why a participant cannot go to a group by themselves now, or null when they can. Shared by
 * decide and the buttons. In `free` mode people choose their groups once the agenda is out; in
 * `assigned` mode they change group (the law of two feet) while the breakouts run.
 */
export function groupMoveRefusal(
  state: SessionState,
  participantId: string,
  slotId: string,
  topicId: string,
): 'WRONG_PHASE' | 'NOT_FOUND' | 'CONFLICT' | null {
  if (!state.agenda.published) return 'WRONG_PHASE';
  const choosing = state.breakouts.mode === 'free' && (state.phase === 'agenda' || phaseAllows(state.phase, 'move'));
  if (!choosing && !phaseAllows(state.phase, 'move')) return 'WRONG_PHASE';
  if (!(slotId in state.slots)) return 'NOT_FOUND';
  const cell = state.agenda.placements[topicId];
  if (!cell || cell.slotId !== slotId) return 'NOT_FOUND';
  if (groupOf(state, participantId, slotId) === topicId) return 'CONFLICT';
  return isGroupFull(state, slotId, topicId) ? 'CONFLICT' : null;
}

export function isGroupFull(state: SessionState, slotId: string, topicId: string): boolean {
  return headcount(state, slotId, topicId) >= groupCapacity(state, slotId, topicId);
}

/** The conflict figure of the agenda as it stands (full state only: it needs everyone's dots). */
export function agendaConflicts(state: SessionState): number {
  return measureConflicts(placementsOf(state), state.dots).conflicts;
}
