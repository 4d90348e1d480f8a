import { measureAssignment } from './assignmentQuality.ts';
import { groupsBySlot, type Group } from './groups.ts';
import { uniqueSorted } from './ranking.ts';
import { seatSlot } from './seatSlot.ts';
import type { AssignInput, AssignmentResult } from './types.ts';

/**
 * Puts every participant in one group per slot, each slot solved exactly by min-cost flow
 * (seatSlot.ts states the objective). Participants are the given ids, once each; dots of
 * anyone else are ignored. Deterministic: the result depends on the data, not on list order,
 * and lists everyone by id.
 */
export function assignParticipants(input: AssignInput): AssignmentResult {
  const people = uniqueSorted(input.participantIds);
  const groups = groupsBySlot(input.slots, input.placements, input.spaces);
  const assignments = Object.fromEntries(
    input.slots.map((slot, slotIndex) => {
      const slotGroups = groups.get(slot.id) ?? [];
      const convening = conveningSeats(slotGroups, people, input.conveners ?? {});
      // Conveners lead their own group: their seats are taken first and the rest is optimised.
      const remaining = slotGroups.map((g) => ({ ...g, capacity: Math.max(0, g.capacity - countIn(convening, g.topicId)) }));
      const seats = seatSlot(remaining, people.filter((p) => !convening.has(p)), input.dots, slotIndex);
      for (const [person, topicId] of convening) seats.set(person, topicId);
      const byPerson = people.flatMap((person) => {
        const topicId = seats.get(person);
        return topicId === undefined ? [] : [[person, topicId] as const];
      });
      return [slot.id, Object.fromEntries(byPerson)];
    }),
  );
  return { assignments, quality: measureAssignment(groups, people, input.dots, assignments) };
}

/** Each convener of a group of this slot, in that group, within its capacity (first group by id wins). */
function conveningSeats(groups: readonly Group[], people: readonly string[], conveners: Record<string, string[]>): Map<string, string> {
  const present = new Set(people);
  const seats = new Map<string, string>();
  for (const group of groups) {
    const leaders = uniqueSorted(conveners[group.topicId] ?? []).filter((c) => present.has(c) && !seats.has(c));
    for (const leader of leaders.slice(0, group.capacity)) seats.set(leader, group.topicId);
  }
  return seats;
}

function countIn(seats: Map<string, string>, topicId: string): number {
  let n = 0;
  for (const t of seats.values()) if (t === topicId) n++;
  return n;
}
