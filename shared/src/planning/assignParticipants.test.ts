import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignParticipants } from './assignParticipants.ts';
import { assignmentScore } from './assignmentQuality.ts';
import { greedyAssign } from './greedyBaseline.ts';
import { groupsBySlot } from './groups.ts';
import { assignmentViolations } from './invariants.ts';
import { assignInputArb, reversedInput } from './planningArbitraries.ts';
import { dotCount, uniqueSorted } from './ranking.ts';
import type { AssignInput } from './types.ts';

describe('assignParticipants: rules that always hold', () => {
  it('never exceeds a capacity; one group at most per slot, exactly one when the seats suffice (else every seat used)', () => {
    fc.assert(
      fc.property(assignInputArb(), (input) => {
        expect(assignmentViolations(input, assignParticipants(input))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('scores at least as many dots as the greedy yardstick', () => {
    fc.assert(
      fc.property(assignInputArb(12, 5), (input) => {
        const ours = assignmentScore(assignParticipants(input).assignments, input.dots);
        expect(ours).toBeGreaterThanOrEqual(assignmentScore(greedyAssign(input).assignments, input.dots));
      }),
      { numRuns: 300 },
    );
  });

  it('scores exactly what a brute force finds on tiny inputs', () => {
    fc.assert(
      fc.property(assignInputArb(5, 3), (input) => {
        const ours = assignParticipants(input).assignments;
        const seated = Object.values(ours).reduce((n, seats) => n + Object.keys(seats).length, 0);
        expect([seated, assignmentScore(ours, input.dots)]).toEqual(bruteForce(input));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same seats for the same input, whatever the order of ids, placements and dots', () => {
    fc.assert(
      fc.property(assignInputArb(), (input) => {
        const once = assignParticipants(input);
        expect(assignParticipants(input)).toStrictEqual(once);
        expect(assignParticipants(reversedInput(input))).toStrictEqual(once);
      }),
      { numRuns: 150 },
    );
  });
});

/** Every seating of every slot: the most people seated, then the most dots. Summed over slots. */
function bruteForce(input: AssignInput): [number, number] {
  const people = uniqueSorted(input.participantIds);
  const groups = groupsBySlot(input.slots, input.placements, input.spaces);
  let seated = 0;
  let score = 0;
  for (const slot of input.slots) {
    const inSlot = groups.get(slot.id) ?? [];
    let best: [number, number] = [0, 0];
    const left = inSlot.map((g) => g.capacity);
    const visit = (i: number, n: number, dots: number) => {
      if (i === people.length) {
        if (n > best[0] || (n === best[0] && dots > best[1])) best = [n, dots];
        return;
      }
      visit(i + 1, n, dots);
      inSlot.forEach((group, g) => {
        if ((left[g] ?? 0) <= 0) return;
        left[g] = (left[g] ?? 0) - 1;
        visit(i + 1, n + 1, dots + dotCount(input.dots[people[i] ?? '']?.[group.topicId]));
        left[g] = (left[g] ?? 0) + 1;
      });
    };
    visit(0, 0, 0);
    seated += best[0];
    score += best[1];
  }
  return [seated, score];
}

describe('assignParticipants: given / when / then', () => {
  const slots = [{ id: 'am' }];
  const spaces = [
    { id: 'hall', capacity: 30 },
    { id: 'nook', capacity: 10 },
  ];
  const placements = [
    { topicId: 'design', slotId: 'am', spaceId: 'hall' },
    { topicId: 'ethics', slotId: 'am', spaceId: 'nook' },
  ];

  it('spreads people without dots in proportion to the room sizes', () => {
    const participantIds = Array.from({ length: 8 }, (_, i) => `p${i}`);
    const { assignments } = assignParticipants({ slots, spaces, placements, dots: {}, participantIds });
    const sizes = Object.values(assignments.am ?? {}).reduce<Record<string, number>>((n, t) => ({ ...n, [t]: (n[t] ?? 0) + 1 }), {});
    expect(sizes).toEqual({ design: 6, ethics: 2 });
  });

  it('moves a flexible voter out of a full room so a keener one gets in', () => {
    // ana only wants ethics; ben likes both, but design less. One seat in ethics.
    const dots = { ana: { ethics: 2 }, ben: { ethics: 3, design: 2 } };
    const { assignments } = assignParticipants({
      slots,
      spaces: [spaces[0] ?? { id: 'hall', capacity: 30 }, { id: 'nook', capacity: 1 }],
      placements,
      dots,
      participantIds: ['ana', 'ben'],
    });
    expect(assignments.am).toEqual({ ana: 'ethics', ben: 'design' });
  });

  it('leaves people standing only when the seats run out, and then voters sit first', () => {
    const dots = { ana: { ethics: 1 } };
    const { assignments, quality } = assignParticipants({
      slots,
      spaces: [{ id: 'hall', capacity: 0 }, { id: 'nook', capacity: 1 }],
      placements,
      dots,
      participantIds: ['ana', 'ben', 'cleo'],
    });
    expect(assignments.am).toEqual({ ana: 'ethics' });
    expect(quality).toEqual({ placedShare: 1, topChoiceShare: 1, unassigned: 2, emptyGroups: 1, fullGroups: 1 });
  });

  it('seats each convener in the group they lead, even against their own dots, and counts their seat', () => {
    // cleo leads ethics but voted for design; the one seat of ethics is hers, so ana goes to design.
    const dots = { ana: { ethics: 3 }, cleo: { design: 3 } };
    const { assignments } = assignParticipants({
      slots,
      spaces: [spaces[0] ?? { id: 'hall', capacity: 30 }, { id: 'nook', capacity: 1 }],
      placements,
      dots,
      participantIds: ['ana', 'cleo'],
      conveners: { ethics: ['cleo'] },
    });
    expect(assignments.am).toEqual({ ana: 'design', cleo: 'ethics' });
  });
});

