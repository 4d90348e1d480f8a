import { describe, expect, it } from 'vitest';
import type { SessionState } from '../model/session.ts';
import { remainingDots } from '../rules/voting.ts';
import { dots, ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { MergeTopicsSchema } from './mergeTopics.schema.ts';

const market = [
  ev.joined('p1'),
  ev.joined('p2'),
  ev.joined('p3'),
  ev.phase('marketplace'),
  ev.proposed('src', 'p1', { title: 'Logement social', description: 'HLM' }),
  ev.proposed('tgt', 'p2', { title: 'Trouver un logement' }),
  ev.proposed('other', 'p3'),
];
const voting = [...market, ev.phase('voting')];
const merge = (sourceId = 'src', targetId = 'tgt') => ({ type: 'mergeTopics' as const, sourceId, targetId });

/** Tallies must always be what the dots add up to. */
function expectTalliesMatchDots(state: SessionState) {
  const sums: Record<string, number> = {};
  for (const perTopic of Object.values(state.dots)) {
    for (const [topicId, n] of Object.entries(perTopic)) sums[topicId] = (sums[topicId] ?? 0) + n;
  }
  expect(state.tallies).toStrictEqual(sums);
}

describe('mergeTopics', () => {
  it('keeps both wordings and both proposers on the target, and drops the source', () => {
    const { state } = given(...market).when(merge()).then(ev.merged('src', 'tgt'));
    expect(state.topics.src).toBeUndefined();
    expect(state.topics.tgt).toMatchObject({
      title: 'Trouver un logement',
      proposerIds: ['p2', 'p1'],
      wordings: [
        { title: 'Trouver un logement', description: '', proposerId: 'p2' },
        { title: 'Logement social', description: 'HLM', proposerId: 'p1' },
      ],
    });
  });

  it('names a proposer of both topics once', () => {
    const { state } = given(...market, ev.proposed('src2', 'p2')).when(merge('src2')).then(ev.merged('src2', 'tgt'));
    expect(state.topics.tgt?.proposerIds).toStrictEqual(['p2']);
    expect(state.topics.tgt?.wordings).toHaveLength(2);
  });

  it('keeps every wording across successive merges', () => {
    const { state } = given(...market, ev.merged('other', 'src')).when(merge()).then(ev.merged('src', 'tgt'));
    expect(state.topics.tgt?.proposerIds).toStrictEqual(['p2', 'p1', 'p3']);
    expect(state.topics.tgt?.wordings.map((w) => w.proposerId)).toStrictEqual(['p2', 'p1', 'p3']);
  });

  it('moves the dots of the source onto the target', () => {
    const { state } = given(...voting, ev.dot('p1', 'src'), ev.dot('p2', 'tgt'), ev.dot('p3', 'src'), ev.dot('p3', 'other'))
      .when(merge())
      .then(ev.merged('src', 'tgt'));
    expect(state.dots).toStrictEqual({ p1: { tgt: 1 }, p2: { tgt: 1 }, p3: { tgt: 1, other: 1 } });
    expect(state.tallies).toStrictEqual({ tgt: 3, other: 1 });
    expectTalliesMatchDots(state);
  });

  it('without stacking, refunds the dot of whoever had one on each topic', () => {
    const { state } = given(...voting, ev.dot('p1', 'src'), ev.dot('p1', 'tgt'), ev.dot('p2', 'src'), ev.dot('p3', 'src'), ev.dot('p3', 'tgt'))
      .when(merge())
      .then(ev.merged('src', 'tgt', [{ participantId: 'p1', count: 1 }, { participantId: 'p3', count: 1 }]));
    expect(state.dots).toStrictEqual({ p1: { tgt: 1 }, p2: { tgt: 1 }, p3: { tgt: 1 } });
    expect(state.tallies).toStrictEqual({ tgt: 3 });
    expectTalliesMatchDots(state);
    expect(remainingDots(state, 'p1')).toBe(2);
  });

  it('with stacking, combines the stacks: they never exceed the budget, so nobody is refunded', () => {
    const { state } = given(...voting, ev.settings({ dotBudget: 4, allowStacking: true }), ...dots('p1', 'src', 2), ...dots('p1', 'tgt', 2), ...dots('p2', 'src', 3))
      .when(merge())
      .then(ev.merged('src', 'tgt'));
    expect(state.dots).toStrictEqual({ p1: { tgt: 4 }, p2: { tgt: 3 } });
    expect(state.tallies).toStrictEqual({ tgt: 7 });
    expectTalliesMatchDots(state);
  });

  it('leaves a merged topic with no dots at no tally', () => {
    const { state } = given(...voting, ev.dot('p3', 'other')).when(merge()).then(ev.merged('src', 'tgt'));
    expect(state.tallies).toStrictEqual({ other: 1 });
    expectTalliesMatchDots(state);
  });

  it('refuses with VALIDATION to merge a topic with itself', () => {
    given(...market).when(merge('tgt', 'tgt')).thenError('VALIDATION');
  });

  it.each([
    ['the source', merge('ghost', 'tgt')],
    ['the target', merge('src', 'ghost')],
  ])('refuses with NOT_FOUND when %s does not exist', (_, command) => {
    given(...market).when(command).thenError('NOT_FOUND');
  });

  it.each([
    ['the target is hidden: its dots would sit where nobody sees them', 'tgt'],
    ['the source is hidden: its wording would come back unmoderated', 'src'],
  ])('refuses with CONFLICT when %s', (_, hiddenId) => {
    given(...voting, ev.dot('p1', 'src'), ev.hidden(hiddenId)).when(merge()).thenError('CONFLICT');
  });

  it.each([
    ['a participant, even a proposer', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...market).when(merge(), actor).thenError('FORBIDDEN');
  });

  it('refuses a malformed id (VALIDATION at the edge)', () => {
    expect(MergeTopicsSchema.safeParse({ type: 'mergeTopics', sourceId: 'a b', targetId: 'tgt' }).success).toBe(false);
  });
});
