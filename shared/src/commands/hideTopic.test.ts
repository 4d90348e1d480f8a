import { describe, expect, it } from 'vitest';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { SetTopicHiddenSchema } from './hideTopic.schema.ts';

const voting = [
  ev.joined('p1'),
  ev.joined('p2'),
  ev.phase('marketplace'),
  ev.proposed('t1', 'p1'),
  ev.proposed('t2', 'p2'),
  ev.phase('voting'),
  ev.dot('p1', 't1'),
  ev.dot('p2', 't1'),
  ev.dot('p2', 't2'),
];
const hide = (topicId: string, hidden = true) => ({ type: 'setTopicHidden' as const, topicId, hidden });

describe('setTopicHidden', () => {
  it('hides a topic and gives its dots back to their owners', () => {
    const { state } = given(...voting).when(hide('t1')).then(ev.hidden('t1'));
    expect(state.topics.t1?.hidden).toBe(true);
    expect(state.dots).toStrictEqual({ p2: { t2: 1 } });
    expect(state.tallies).toStrictEqual({ t2: 1 });
  });

  it('restores a hidden topic, without its old dots', () => {
    const { state } = given(...voting, ev.hidden('t1')).when(hide('t1', false)).then(ev.restored('t1'));
    expect(state.topics.t1?.hidden).toBe(false);
    expect(state.dots).toStrictEqual({ p2: { t2: 1 } });
  });

  it('hides in any phase', () => {
    given(ev.joined('p1'), ev.phase('marketplace'), ev.proposed('t1', 'p1')).when(hide('t1')).then(ev.hidden('t1'));
  });

  it.each([
    ['hide a hidden topic', [ev.hidden('t1')], true],
    ['restore a visible topic', [], false],
  ] as const)('refuses with CONFLICT to %s', (_, story, hidden) => {
    given(...voting, ...story).when(hide('t1', hidden)).thenError('CONFLICT');
  });

  it('refuses with NOT_FOUND an unknown topic', () => {
    given(...voting).when(hide('ghost')).thenError('NOT_FOUND');
  });

  it.each([
    ['a participant, even the proposer', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...voting).when(hide('t1'), actor).thenError('FORBIDDEN');
  });

  it('refuses a missing flag (VALIDATION at the edge)', () => {
    expect(SetTopicHiddenSchema.safeParse({ type: 'setTopicHidden', topicId: 't1' }).success).toBe(false);
  });
});
