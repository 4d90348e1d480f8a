import type { Group } from './groups.ts';
import { dotCount } from './ranking.ts';
import type { AssignmentQuality, Dots } from './types.ts';

type Assignments = Record<string, Record<string, string>>;

/**
 * The assignment objective: the sum, over slots and participants, of the dots each participant
 * put on the topic they sit in (0 for someone without a seat or in a topic they did not vote for).
 */
export function assignmentScore(assignments: Assignments, dots: Dots): number {
  let score = 0;
  for (const seats of Object.values(assignments)) {
    for (const [participantId, topicId] of Object.entries(seats)) score += dotCount(dots[participantId]?.[topicId]);
  }
  return score;
}

/**
 * - placedShare: over every (slot, participant) pair where the participant put dots on at least
 *   one topic running in that slot, the share where they sit in one of those topics (1 when
 *   there is no such pair).
 * - topChoiceShare: over participants who put at least one dot anywhere, the share who sit, in
 *   some slot, in a topic that got their largest number of dots (a tie counts any of them; a
 *   top topic that was never scheduled cannot be got). 1 when nobody voted.
 * - unassigned: (slot, participant) pairs without a seat.
 * - emptyGroups / fullGroups: groups (topic in a slot) with nobody / with every seat taken
 *   (a group of capacity 0 counts as empty, not full).
 */
export function measureAssignment(
  groupsBySlot: ReadonlyMap<string, readonly Group[]>,
  people: readonly string[],
  dots: Dots,
  assignments: Assignments,
): AssignmentQuality {
  let wishPairs = 0;
  let grantedPairs = 0;
  let unassigned = 0;
  let emptyGroups = 0;
  let fullGroups = 0;
  for (const [slotId, groups] of groupsBySlot) {
    const seats = assignments[slotId] ?? {};
    const sizes = new Map<string, number>();
    for (const person of people) {
      const topicId = seats[person];
      if (topicId === undefined) unassigned += 1;
      else sizes.set(topicId, (sizes.get(topicId) ?? 0) + 1);
      if (groups.some((g) => dotCount(dots[person]?.[g.topicId]) > 0)) {
        wishPairs += 1;
        if (topicId !== undefined && dotCount(dots[person]?.[topicId]) > 0) grantedPairs += 1;
      }
    }
    for (const group of groups) {
      const size = sizes.get(group.topicId) ?? 0;
      if (size === 0) emptyGroups += 1;
      else if (size >= group.capacity) fullGroups += 1;
    }
  }
  const voters = people.filter((person) => topDots(dots, person) > 0);
  const gotTop = voters.filter((person) => {
    const top = topDots(dots, person);
    return Object.values(assignments).some((seats) => {
      const topicId = seats[person];
      return topicId !== undefined && dotCount(dots[person]?.[topicId]) === top;
    });
  });
  return {
    placedShare: wishPairs === 0 ? 1 : grantedPairs / wishPairs,
    topChoiceShare: voters.length === 0 ? 1 : gotTop.length / voters.length,
    unassigned,
    emptyGroups,
    fullGroups,
  };
}

function topDots(dots: Dots, person: string): number {
  return Object.values(dots[person] ?? {}).reduce((max, value) => Math.max(max, dotCount(value)), 0);
}
