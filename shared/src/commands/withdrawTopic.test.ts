import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import type { ErrorCode } from '../protocol/errors.ts';
import { ev, FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const market = [
  ev.joined('p1'),
  ev.joined('p2'),
  ev.paperJoined('paper1'),
  ev.phase('marketplace'),
  ev.proposed('t1', 'p1'),
  ev.proposed('tp', 'paper1', { enteredByFacilitator: true }),
];
const withdraw = (topicId: string) => ({ type: 'withdrawTopic' as const, topicId });

describe('withdrawTopic', () => {
  it('lets the proposer withdraw their topic while the marketplace is open', () => {
    const { state } = given(...market).when(withdraw('t1'), participant('p1')).then(ev.withdrawn('t1'));
    expect(state.topics.t1).toBeUndefined();
  });

  it.each([['marketplace'], ['voting'], ['lobby']] as const)(
    'lets the facilitator withdraw what they entered for a paper participant (%s)',
    (phase) => {
      const story = phase === 'marketplace' ? given(...market) : given(...market, ev.phase(phase));
      story.when(withdraw('tp')).then(ev.withdrawn('tp'));
    },
  );

  it('gives the dots on a withdrawn topic back to their owners', () => {
    const { state } = given(...market, ev.phase('voting'), ev.dot('p1', 'tp'), ev.dot('p2', 'tp'), ev.dot('p2', 't1'))
      .when(withdraw('tp'))
      .then(ev.withdrawn('tp'));
    expect(state.dots).toStrictEqual({ p2: { t1: 1 } });
    expect(state.tallies).toStrictEqual({ t1: 1 });
  });

  it.each<[string, string, Actor, ErrorCode]>([
    ['the topic does not exist', 'ghost', participant('p1'), 'NOT_FOUND'],
    ['the topic does not exist (facilitator)', 'ghost', FACILITATOR, 'NOT_FOUND'],
    ['someone else withdraws it', 't1', participant('p2'), 'FORBIDDEN'],
    ['the projector withdraws it', 't1', PROJECTOR, 'FORBIDDEN'],
    ['the facilitator withdraws a phone participant’s topic (they hide it instead)', 't1', FACILITATOR, 'FORBIDDEN'],
    ['a participant withdraws a topic entered for a paper participant', 'tp', participant('p1'), 'FORBIDDEN'],
  ])('refuses when %s', (_, topicId, actor, code) => {
    given(...market).when(withdraw(topicId), actor).thenError(code);
  });

  it('refuses with WRONG_PHASE the proposer’s withdrawal once voting has begun', () => {
    given(...market, ev.phase('voting')).when(withdraw('t1'), participant('p1')).thenError('WRONG_PHASE');
  });

  it('refuses with FORBIDDEN the proposer’s withdrawal of a hidden topic', () => {
    given(...market, ev.hidden('t1')).when(withdraw('t1'), participant('p1')).thenError('FORBIDDEN');
  });

  it('refuses with FORBIDDEN a co-proposer’s withdrawal of a merged topic, which holds another person’s wording', () => {
    const merged = [...market, ev.proposed('t2', 'p2'), ev.merged('t2', 't1')];
    given(...merged).when(withdraw('t1'), participant('p1')).thenError('FORBIDDEN');
    given(...merged).when(withdraw('t1'), participant('p2')).thenError('FORBIDDEN');
  });
});
