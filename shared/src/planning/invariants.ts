import { measureConflicts } from './conflicts.ts';
import { seats, usableLocks } from './grid.ts';
import { groupsBySlot } from './groups.ts';
import { byVotes, totalVotes, uniqueSorted } from './ranking.ts';
import type { AssignInput, AssignmentResult, ScheduleInput, ScheduleResult } from './types.ts';

/**
 * The rules an agenda must keep, as plain messages (empty = all good). Used by the property
 * tests and the benchmark, and cheap enough for the server to assert before publishing.
 */
export function scheduleViolations(input: ScheduleInput, result: ScheduleResult): string[] {
  const problems: string[] = [];
  const topicById = new Map(input.topics.map((t) => [t.id, t]));
  const capacity = new Map(input.spaces.map((s) => [s.id, seats(s)]));
  const slotIds = new Set(input.slots.map((s) => s.id));
  const locks = usableLocks(input.locked, input.topics, input.slots, input.spaces);
  const lockedTopics = new Set(locks.map((l) => l.topicId));
  const votes = totalVotes(input.dots);
  const order = byVotes(votes);

  const cells = new Set<string>();
  const placedTopics = new Set<string>();
  for (const p of result.placements) {
    const cell = JSON.stringify([p.slotId, p.spaceId]);
    if (!topicById.has(p.topicId) || !slotIds.has(p.slotId) || !capacity.has(p.spaceId)) problems.push(`unknown id in ${cell}`);
    if (cells.has(cell)) problems.push(`two topics in cell ${cell}`);
    if (placedTopics.has(p.topicId)) problems.push(`topic ${p.topicId} placed twice`);
    cells.add(cell);
    placedTopics.add(p.topicId);
  }
  for (const lock of locks) {
    const kept = result.placements.some((p) => p.topicId === lock.topicId && p.slotId === lock.slotId && p.spaceId === lock.spaceId);
    if (!kept) problems.push(`lock of ${lock.topicId} not kept`);
  }

  for (const slot of input.slots) {
    const inSlot = result.placements.filter((p) => p.slotId === slot.id);
    inSlot.forEach((a, i) => {
      for (const b of inSlot.slice(i + 1)) {
        if (lockedTopics.has(a.topicId) && lockedTopics.has(b.topicId)) continue;
        const shared = topicById.get(a.topicId)?.convenerIds.filter((c) => topicById.get(b.topicId)?.convenerIds.includes(c));
        if (shared?.length) problems.push(`convener ${shared[0]} runs ${a.topicId} and ${b.topicId} in ${slot.id}`);
      }
    });
    const free = inSlot.filter((p) => !lockedTopics.has(p.topicId));
    const lockedSpaces = new Set(inSlot.filter((p) => lockedTopics.has(p.topicId)).map((p) => p.spaceId));
    for (const a of free) {
      for (const b of free) {
        if ((votes.get(a.topicId) ?? 0) > (votes.get(b.topicId) ?? 0)) {
          if ((capacity.get(a.spaceId) ?? 0) < (capacity.get(b.spaceId) ?? 0)) {
            problems.push(`${a.topicId} has more votes than ${b.topicId} but a smaller space in ${slot.id}`);
          }
        }
      }
    }
    const used = new Set(inSlot.map((p) => p.spaceId));
    const smallestUsed = Math.min(...free.map((p) => capacity.get(p.spaceId) ?? 0));
    for (const space of input.spaces) {
      if (!used.has(space.id) && !lockedSpaces.has(space.id) && seats(space) > smallestUsed) {
        problems.push(`space ${space.id} left empty in ${slot.id} while a smaller one is used`);
      }
    }
  }

  const notPlaced = [...topicById.keys()].filter((id) => !placedTopics.has(id)).sort(order);
  if (JSON.stringify(notPlaced) !== JSON.stringify(result.unscheduled)) problems.push('unscheduled is not the unplaced topics, most-voted first');
  const measured = measureConflicts(result.placements, input.dots);
  if (measured.conflicts !== result.conflicts || measured.clashPairs !== result.clashPairs) problems.push('reported conflicts do not match');
  return problems;
}

/** Capacities, known groups, and "exactly one group per slot whenever the seats suffice". */
export function assignmentViolations(input: AssignInput, result: AssignmentResult): string[] {
  const problems: string[] = [];
  const people = new Set(input.participantIds);
  const groups = groupsBySlot(input.slots, input.placements, input.spaces);
  for (const slot of input.slots) {
    const inSlot = groups.get(slot.id) ?? [];
    const seatsTaken = result.assignments[slot.id];
    if (!seatsTaken) {
      problems.push(`slot ${slot.id} missing`);
      continue;
    }
    const sizes = new Map<string, number>();
    for (const [person, topicId] of Object.entries(seatsTaken)) {
      if (!people.has(person)) problems.push(`unknown participant ${person} in ${slot.id}`);
      if (!inSlot.some((g) => g.topicId === topicId)) problems.push(`${person} sent to ${topicId}, not running in ${slot.id}`);
      sizes.set(topicId, (sizes.get(topicId) ?? 0) + 1);
    }
    for (const group of inSlot) {
      if ((sizes.get(group.topicId) ?? 0) > group.capacity) problems.push(`${group.topicId} over capacity in ${slot.id}`);
    }
    const totalSeats = inSlot.reduce((n, g) => n + g.capacity, 0);
    const expected = Math.min(uniqueSorted(input.participantIds).length, totalSeats);
    const seated = Object.keys(seatsTaken).length;
    if (seated !== expected) problems.push(`${seated} seated in ${slot.id}, expected ${expected}`);
  }
  return problems;
}
