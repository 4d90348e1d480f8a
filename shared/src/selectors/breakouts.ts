import type { SessionState } from '../model/session.ts';
import { measureAssignment, type AssignmentQuality } from '../planning/index.ts';
import { groupsBySlot } from '../planning/groups.ts';
import { headcount, orderedSlots, placementsOf } from '../rules/agenda.ts';

export type { AssignmentQuality };

/**
 * How well the groups people sit in now match their dots, moves since the assignment included
 * (planning/assignmentQuality.ts defines each figure). Facilitator's state only: it needs
 * everyone's dots and everyone's group, which no other view holds.
 */
export function assignmentQualityOf(state: SessionState): AssignmentQuality {
  const groups = groupsBySlot(orderedSlots(state), placementsOf(state), Object.values(state.spaces));
  return measureAssignment(groups, Object.keys(state.participants), state.dots, state.breakouts.members);
}

export interface SlotGroup {
  topicId: string;
  spaceId: string;
  capacity: number;
  headcount: number;
}

/** The groups meeting in a slot, by space name as on the signs at the doors ("Salle 2" before "Salle 10"). */
export function groupsOfSlot(state: SessionState, slotId: string): SlotGroup[] {
  const groups = placementsOf(state).flatMap((p) => {
    const space = state.spaces[p.spaceId];
    if (p.slotId !== slotId || !space) return [];
    const group: SlotGroup = { topicId: p.topicId, spaceId: space.id, capacity: space.capacity, headcount: headcount(state, slotId, p.topicId) };
    return [{ name: space.name, group }];
  });
  return groups
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }) || a.group.spaceId.localeCompare(b.group.spaceId))
    .map((g) => g.group);
}
