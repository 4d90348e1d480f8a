import { groupMoveRefusal, groupOf, orderedSlots, type SessionState, type Slot } from '@forum-ouvert/shared';
import { groupsOfSlot, type GroupInfo } from '../agenda/groups.ts';

export type MoveRefusal = ReturnType<typeof groupMoveRefusal>;

export interface ProgrammeGroup extends GroupInfo {
  /** Proposed by the person holding the phone. */
  mine: boolean;
  /** Why this person cannot go to the group now (the rule `decide` applies), or null. */
  refusal: MoveRefusal;
}

export interface ProgrammeEntry {
  slot: Slot;
  current: boolean;
  /** The group this person sits in during the slot (`groupOf`). */
  myGroup: ProgrammeGroup | undefined;
  others: ProgrammeGroup[];
  /**
   * Whether changing group is open in this slot: the shared rule refuses with WRONG_PHASE
   * (and only then) when it is not, whatever the group asked for.
   */
  movesOpen: boolean;
}

/** One participant's programme: every slot in time order, their group in it, and the other groups. */
export function programmeOf(state: SessionState, me: string): ProgrammeEntry[] {
  return orderedSlots(state).map((slot) => {
    const inGroup = groupOf(state, me, slot.id);
    const groups = groupsOfSlot(state, slot.id).map((group) => ({
      ...group,
      mine: group.topic.proposerIds.includes(me),
      refusal: groupMoveRefusal(state, me, slot.id, group.topic.id),
    }));
    const myGroup = groups.find((group) => group.topic.id === inGroup);
    return {
      slot,
      current: state.breakouts.currentSlotId === slot.id,
      myGroup,
      others: groups.filter((group) => group !== myGroup),
      movesOpen: groups.some((group) => group.refusal !== 'WRONG_PHASE'),
    };
  });
}
