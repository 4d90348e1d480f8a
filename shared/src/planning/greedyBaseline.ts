import { measureAssignment } from './assignmentQuality.ts';
import { measureConflicts } from './conflicts.ts';
import { sortPlacements, spacesBySize, usableLocks } from './grid.ts';
import { groupsBySlot } from './groups.ts';
import { byVotes, dotCount, totalVotes, uniqueSorted } from './ranking.ts';
import type { AssignInput, AssignmentResult, Placement, ScheduleInput, ScheduleResult } from './types.ts';

/**
 * The obvious methods, kept only as yardsticks for the tests and the benchmark: what a
 * facilitator would do by hand. Never used by the app.
 */

/** Most-voted first, each topic into the first slot with a free cell whose conveners are free there. */
export function greedySchedule(input: ScheduleInput): ScheduleResult {
  const { slots, dots } = input;
  const order = byVotes(totalVotes(dots));
  const topics = [...new Map(input.topics.map((t) => [t.id, t])).values()].sort((a, b) => order(a.id, b.id));
  const spaces = spacesBySize(input.spaces);
  const locks = usableLocks(input.locked, topics, slots, spaces);
  const placements: Placement[] = [...locks];
  const lockedIds = new Set(locks.map((l) => l.topicId));
  const convenersOf = new Map(topics.map((t) => [t.id, t.convenerIds]));
  const unscheduled: string[] = [];
  for (const topic of topics) {
    if (lockedIds.has(topic.id)) continue;
    const cell = slots.flatMap((slot) => {
      const inSlot = placements.filter((p) => p.slotId === slot.id);
      const busy = new Set(inSlot.flatMap((p) => convenersOf.get(p.topicId) ?? []));
      const space = spaces.find((s) => !inSlot.some((p) => p.spaceId === s.id));
      return space && !topic.convenerIds.some((c) => busy.has(c)) ? [{ slotId: slot.id, spaceId: space.id }] : [];
    })[0];
    if (cell) placements.push({ topicId: topic.id, ...cell });
    else unscheduled.push(topic.id);
  }
  return { placements: sortPlacements(placements, slots, spaces), unscheduled, ...measureConflicts(placements, dots) };
}

/**
 * Per slot, participants in id order each take the group they put most dots on that still has a
 * seat; someone with no such group takes the group with the most free seats.
 */
export function greedyAssign(input: AssignInput): AssignmentResult {
  const people = uniqueSorted(input.participantIds);
  const groups = groupsBySlot(input.slots, input.placements, input.spaces);
  const assignments: Record<string, Record<string, string>> = {};
  for (const slot of input.slots) {
    const inSlot = groups.get(slot.id) ?? [];
    const left = inSlot.map((g) => g.capacity);
    const seats: Record<string, string> = {};
    for (const person of people) {
      let pick = -1;
      inSlot.forEach((g, i) => {
        const wish = dotCount(input.dots[person]?.[g.topicId]);
        const best = pick < 0 ? 0 : dotCount(input.dots[person]?.[inSlot[pick]?.topicId ?? '']);
        if ((left[i] ?? 0) > 0 && wish > best) pick = i;
      });
      if (pick < 0) {
        inSlot.forEach((_, i) => {
          if ((left[i] ?? 0) > 0 && (pick < 0 || (left[i] ?? 0) > (left[pick] ?? 0))) pick = i;
        });
      }
      const topicId = inSlot[pick]?.topicId;
      if (topicId === undefined) continue;
      seats[person] = topicId;
      left[pick] = (left[pick] ?? 0) - 1;
    }
    assignments[slot.id] = seats;
  }
  return { assignments, quality: measureAssignment(groups, people, input.dots, assignments) };
}
