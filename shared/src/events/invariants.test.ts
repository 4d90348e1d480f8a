import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SessionStateSchema, type SessionState } from '../model/session.ts';
import { maxDotsPerTopic } from '../rules/voting.ts';
import { play, stepsArb } from '../testing/arbitraries.ts';
import { fold } from '../testing/scenario.ts';

/** What must hold after every accepted event, whatever anyone sent. */
function checkInvariants(state: SessionState) {
  const sums: Record<string, number> = {};
  for (const [participantId, perTopic] of Object.entries(state.dots)) {
    expect(state.participants[participantId], `dots of unknown ${participantId}`).toBeDefined();
    let used = 0;
    for (const [topicId, n] of Object.entries(perTopic)) {
      const topic = state.topics[topicId];
      expect(topic, `dot on missing topic ${topicId}`).toBeDefined();
      expect(topic?.hidden, `dot on hidden topic ${topicId}`).toBe(false);
      expect(n).toBeGreaterThan(0);
      expect(n, `per-topic cap on ${topicId}`).toBeLessThanOrEqual(maxDotsPerTopic(state.settings));
      used += n;
      sums[topicId] = (sums[topicId] ?? 0) + n;
    }
    expect(used, `budget of ${participantId}`).toBeLessThanOrEqual(state.settings.dotBudget);
  }
  expect(state.tallies, 'tallies are the sum of the dots').toStrictEqual(sums);
  expect(SessionStateSchema.safeParse(state).success).toBe(true);
}

describe('invariants over random sessions (decide then evolve)', () => {
  it('never exceeds a budget or a per-topic cap, keeps tallies equal to the dots, and no dot on a hidden or missing topic', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        play(steps, checkInvariants);
      }),
      { numRuns: 300 },
    );
  });

  it('replays its log to the very same state, byte for byte', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        const { log, final } = play(steps);
        const replayed = fold(log);
        expect(replayed).toStrictEqual(final);
        expect(JSON.stringify(replayed)).toBe(JSON.stringify(final));
        expect(final.version).toBe(log.length);
      }),
      { numRuns: 100 },
    );
  });

  it('decides the same events from the same steps (decide is deterministic too)', () => {
    fc.assert(
      fc.property(stepsArb, (steps) => {
        expect(play(steps).log).toStrictEqual(play(steps).log);
      }),
      { numRuns: 50 },
    );
  });

  it('reaches the interesting cases, so the properties above are not vacuous', () => {
    const seen = new Set<string>();
    for (const steps of fc.sample(stepsArb, { numRuns: 300, seed: 42 })) {
      for (const { event, before } of play(steps).applied) {
        if (event.type === 'TopicsMerged' && event.refunds.length > 0) seen.add('merge with refunds');
        if (event.type === 'TopicsMerged' && before.settings.allowStacking && Object.keys(before.dots).length > 0) seen.add('merge while stacking');
        if (event.type === 'TopicHidden' && Object.values(before.dots).some((d) => event.topicId in d)) seen.add('hide a voted topic');
        if (event.type === 'TopicRestored') seen.add('restore');
        if (event.type === 'DotPlaced' && event.byFacilitator) seen.add('dot for a paper participant');
        if (event.type === 'DotPlaced' && before.settings.tallyMode === 'hidden') seen.add('dot in hidden mode');
        if (event.type === 'DotPlaced' && (before.dots[event.participantId]?.[event.topicId] ?? 0) > 0) seen.add('stacked dot');
        if (event.type === 'TalliesRevealed' && before.settings.tallyMode === 'hidden') seen.add('reveal');
        if (event.type === 'TopicWithdrawn' && Object.values(before.dots).some((d) => event.topicId in d)) seen.add('withdraw a voted topic');
      }
    }
    expect([...seen].sort()).toStrictEqual(
      [
        'merge with refunds',
        'merge while stacking',
        'hide a voted topic',
        'restore',
        'dot for a paper participant',
        'dot in hidden mode',
        'stacked dot',
        'reveal',
        'withdraw a voted topic',
      ].sort(),
    );
  });
});
