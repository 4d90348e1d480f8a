import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greedySchedule } from './greedyBaseline.ts';
import { usableLocks } from './grid.ts';
import { scheduleViolations } from './invariants.ts';
import { reversedInput, scheduleInputArb } from './planningArbitraries.ts';
import { byVotes, totalVotes } from './ranking.ts';
import { scheduleAgenda } from './scheduleAgenda.ts';
import type { ScheduleInput } from './types.ts';

const scheduledIds = (placements: { topicId: string }[]) => placements.map((p) => p.topicId).sort();

describe('scheduleAgenda: rules that always hold', () => {
  it('one topic per cell, locks kept, no convener twice in a slot, most-voted in the largest spaces, unscheduled = the rest by votes, conflicts as measured', () => {
    fc.assert(
      fc.property(scheduleInputArb(), (input) => {
        expect(scheduleViolations(input, scheduleAgenda(input))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the greedy yardstick keeps the same rules (so comparing with it is fair)', () => {
    fc.assert(
      fc.property(scheduleInputArb(), (input) => {
        expect(scheduleViolations(input, greedySchedule(input))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never has more conflicts (then clash pairs) than first fit, whenever both schedule the same topics', () => {
    fc.assert(
      fc.property(scheduleInputArb(), (input) => {
        const ours = scheduleAgenda(input);
        const greedy = greedySchedule(input);
        fc.pre(JSON.stringify(scheduledIds(ours.placements)) === JSON.stringify(scheduledIds(greedy.placements)));
        expect(ours.conflicts).toBeLessThanOrEqual(greedy.conflicts);
        if (ours.conflicts === greedy.conflicts) expect(ours.clashPairs).toBeLessThanOrEqual(greedy.clashPairs);
      }),
      { numRuns: 300 },
    );
  });

  it('schedules the most-voted topics when nothing can block them (no shared conveners)', () => {
    fc.assert(
      fc.property(scheduleInputArb({ ownConveners: true }), (input) => {
        const result = scheduleAgenda(input);
        const locks = usableLocks(input.locked, input.topics, input.slots, input.spaces);
        const lockedIds = new Set(locks.map((l) => l.topicId));
        const freeCells = input.slots.length * input.spaces.length - locks.length;
        const open = input.topics.map((t) => t.id).filter((id) => !lockedIds.has(id));
        const expected = [...open].sort(byVotes(totalVotes(input.dots))).slice(0, freeCells).sort();
        const placedOpen = scheduledIds(result.placements).filter((id) => !lockedIds.has(id));
        expect(placedOpen).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same agenda for the same input, whatever the order of topics, spaces and dots', () => {
    fc.assert(
      fc.property(scheduleInputArb(), (input) => {
        const once = scheduleAgenda(input);
        expect(scheduleAgenda(input)).toStrictEqual(once);
        expect(scheduleAgenda(reversedInput(input))).toStrictEqual(once);
      }),
      { numRuns: 150 },
    );
  });
});

describe('scheduleAgenda: optimal on tiny workshops', () => {
  it('finds the fewest conflicts a brute force finds, for the same scheduled topics', () => {
    fc.assert(
      fc.property(scheduleInputArb({ maxSlots: 3, maxSpaces: 2, maxTopics: 6, maxPeople: 6, withLocks: false }), (input) => {
        const result = scheduleAgenda({ ...input, iterations: 20_000 });
        const best = bruteForceConflicts(input, scheduledIds(result.placements));
        expect([result.conflicts, result.clashPairs]).toEqual(best);
      }),
      // Annealing is a heuristic, so this is evidence rather than a guarantee: the seed is pinned to
      // keep the suite stable (5,000 unpinned runs also all matched the brute force).
      { numRuns: 150, seed: 424242 },
    );
  });
});

/** Every way to put the given topics into slots (cells and conveners respected): the least [conflicts, clashPairs]. */
function bruteForceConflicts(input: ScheduleInput, topicIds: string[]): [number, number] {
  const cellsPerSlot = input.spaces.length;
  const conveners = new Map(input.topics.map((t) => [t.id, t.convenerIds]));
  let best: [number, number] = [Infinity, Infinity];
  const slotOf: number[] = [];
  const visit = (i: number) => {
    if (i === topicIds.length) {
      let conflicts = 0;
      let pairs = 0;
      input.slots.forEach((_, s) => {
        for (const byTopic of Object.values(input.dots)) {
          const k = topicIds.filter((t, j) => slotOf[j] === s && (byTopic[t] ?? 0) > 0).length;
          if (k >= 2) conflicts += 1;
          pairs += (k * (k - 1)) / 2;
        }
      });
      if (conflicts < best[0] || (conflicts === best[0] && pairs < best[1])) best = [conflicts, pairs];
      return;
    }
    const topicId = topicIds[i] ?? '';
    input.slots.forEach((_, s) => {
      const inSlot = topicIds.slice(0, i).filter((_, j) => slotOf[j] === s);
      if (inSlot.length >= cellsPerSlot) return;
      if (inSlot.some((other) => conveners.get(other)?.some((c) => conveners.get(topicId)?.includes(c)))) return;
      slotOf[i] = s;
      visit(i + 1);
    });
  };
  visit(0);
  return best;
}

describe('scheduleAgenda: given / when / then', () => {
  const dots = {
    ana: { design: 1, ethics: 1 },
    ben: { design: 1, ethics: 1 },
    cleo: { budget: 1 },
    dan: { design: 1 },
  };
  const base: ScheduleInput = {
    topics: [
      { id: 'design', convenerIds: ['zoe'] },
      { id: 'ethics', convenerIds: ['yan'] },
      { id: 'budget', convenerIds: ['zoe'] },
    ],
    slots: [{ id: 'am' }, { id: 'pm' }],
    spaces: [
      { id: 'hall', capacity: 50 },
      { id: 'nook', capacity: 8 },
    ],
    dots,
    locked: [],
  };

  it('puts two topics wanted by the same people in different slots', () => {
    const { placements, conflicts } = scheduleAgenda(base);
    const slotOf = (id: string) => placements.find((p) => p.topicId === id)?.slotId;
    expect(slotOf('design')).not.toBe(slotOf('ethics'));
    expect(conflicts).toBe(0);
  });

  it('never gives one convener two topics in one slot', () => {
    const { placements } = scheduleAgenda(base);
    const slotOf = (id: string) => placements.find((p) => p.topicId === id)?.slotId;
    expect(slotOf('design')).not.toBe(slotOf('budget'));
  });

  it('keeps a locked cell and leaves out the least-voted topic when cells run out', () => {
    const result = scheduleAgenda({
      ...base,
      spaces: [{ id: 'hall', capacity: 50 }],
      locked: [{ topicId: 'ethics', slotId: 'am', spaceId: 'hall' }],
    });
    expect(result.placements).toContainEqual({ topicId: 'ethics', slotId: 'am', spaceId: 'hall' });
    expect(result.placements).toContainEqual({ topicId: 'design', slotId: 'pm', spaceId: 'hall' });
    expect(result.unscheduled).toEqual(['budget']);
  });

  it('leaves out a topic whose only convener is busy in every slot', () => {
    const result = scheduleAgenda({ ...base, slots: [{ id: 'only' }], spaces: [...base.spaces, { id: 'attic', capacity: 5 }] });
    expect(result.placements).toHaveLength(2);
    expect(result.unscheduled).toEqual(['budget']);
  });
});
