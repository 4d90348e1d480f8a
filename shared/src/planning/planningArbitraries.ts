import fc from 'fast-check';
import type { AssignInput, Dots, Placement, ScheduleInput } from './types.ts';

/**
 * Small random workshops for the property tests. Sizes stay tiny on purpose: the rules are
 * about structure (cells, conveners, seats), and tiny cases also let a brute force check optimality.
 * Convener ids come from a small pool so that clashes are common.
 */

const CONVENERS = ['c1', 'c2', 'c3', 'c4', 'p1', 'p2'] as const;

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

function dotsFrom(matrix: readonly (readonly number[])[], topicIds: readonly string[]): Dots {
  return Object.fromEntries(
    matrix.map((row, p) => [`p${p + 1}`, Object.fromEntries(row.map((n, t) => [topicIds[t] ?? '', n]))]),
  );
}

export interface ScheduleShape {
  maxSlots: number;
  maxSpaces: number;
  maxTopics: number;
  maxPeople: number;
  withLocks: boolean;
  /** Every topic has its own convener: nothing can block a topic. */
  ownConveners: boolean;
}

export const scheduleInputArb = (shape: Partial<ScheduleShape> = {}): fc.Arbitrary<ScheduleInput> => {
  const { maxSlots = 4, maxSpaces = 4, maxTopics = 12, maxPeople = 8, withLocks = true, ownConveners = false } = shape;
  return fc
    .record({
      slotCount: fc.integer({ min: 1, max: maxSlots }),
      capacities: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: maxSpaces }),
      topicCount: fc.integer({ min: 0, max: maxTopics }),
      peopleCount: fc.integer({ min: 0, max: maxPeople }),
    })
    .chain(({ slotCount, capacities, topicCount, peopleCount }) =>
      fc.record({
        conveners: fc.array(fc.uniqueArray(fc.constantFrom(...CONVENERS), { minLength: 1, maxLength: 2 }), {
          minLength: topicCount,
          maxLength: topicCount,
        }),
        dots: fc.array(fc.array(fc.nat(3), { minLength: topicCount, maxLength: topicCount }), {
          minLength: peopleCount,
          maxLength: peopleCount,
        }),
        locks: fc.array(fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)), { maxLength: withLocks ? 3 : 0 }),
        seed: fc.nat(),
      }).map(({ conveners, dots, locks, seed }): ScheduleInput => {
        const topicIds = ids('t', topicCount);
        const slots = ids('s', slotCount).map((id) => ({ id }));
        const spaces = capacities.map((capacity, i) => ({ id: `r${i + 1}`, capacity }));
        const locked: Placement[] = topicCount === 0 ? [] : locks.map(([t, s, r]) => ({
          topicId: topicIds[t % topicCount] ?? '',
          slotId: slots[s % (slotCount + 1)]?.id ?? 'unknown-slot',
          spaceId: spaces[r % spaces.length]?.id ?? '',
        }));
        return {
          topics: topicIds.map((id, i) => ({ id, convenerIds: ownConveners ? [`own-${id}`] : (conveners[i] ?? []) })),
          slots,
          spaces,
          dots: dotsFrom(dots, topicIds),
          locked,
          seed,
          iterations: 3_000,
        };
      }),
    );
};

/** Placements straight from the generator (not from the scheduler), so assignment is tested alone. */
export const assignInputArb = (maxPeople = 8, maxGroups = 4): fc.Arbitrary<AssignInput> =>
  fc
    .record({
      slotCount: fc.integer({ min: 1, max: 3 }),
      capacities: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: maxGroups }),
      peopleCount: fc.integer({ min: 0, max: maxPeople }),
    })
    .chain(({ slotCount, capacities, peopleCount }) =>
      fc.record({
        // Per slot and space: which of 6 topics runs there, or none (-1).
        grid: fc.array(fc.array(fc.integer({ min: -1, max: 5 }), { minLength: capacities.length, maxLength: capacities.length }), {
          minLength: slotCount,
          maxLength: slotCount,
        }),
        dots: fc.array(fc.array(fc.nat(3), { minLength: 6, maxLength: 6 }), { minLength: peopleCount, maxLength: peopleCount }),
        // Some people never voted; some who voted are not in the list.
        extraPeople: fc.integer({ min: 0, max: 2 }),
        droppedVoter: fc.boolean(),
      }).map(({ grid, dots, extraPeople, droppedVoter }): AssignInput => {
        const topicIds = ids('t', 6);
        const slots = ids('s', slotCount).map((id) => ({ id }));
        const spaces = capacities.map((capacity, i) => ({ id: `r${i + 1}`, capacity }));
        const placements = grid.flatMap((row, s) => {
          const used = new Set<number>();
          return row.flatMap((t, r) => {
            if (t < 0 || used.has(t)) return [];
            used.add(t);
            return [{ topicId: topicIds[t] ?? '', slotId: slots[s]?.id ?? '', spaceId: spaces[r]?.id ?? '' }];
          });
        });
        const voters = ids('p', peopleCount).slice(droppedVoter ? 1 : 0);
        return { slots, placements, spaces, dots: dotsFrom(dots, topicIds), participantIds: [...voters, ...ids('q', extraPeople)] };
      }),
    );

/** A deterministic shuffle for "the input order does not matter" properties. */
export function reversedInput<T extends ScheduleInput | AssignInput>(input: T): T {
  const dots = Object.fromEntries(
    Object.entries(input.dots)
      .reverse()
      .map(([p, byTopic]) => [p, Object.fromEntries(Object.entries(byTopic).reverse())]),
  );
  return 'topics' in input
    ? { ...input, dots, topics: [...input.topics].reverse(), spaces: [...input.spaces].reverse() }
    : { ...input, dots, placements: [...input.placements].reverse(), participantIds: [...input.participantIds].reverse(), spaces: [...input.spaces].reverse() };
}
