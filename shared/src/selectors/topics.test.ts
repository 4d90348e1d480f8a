import { describe, expect, it } from 'vitest';
import { ev } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { viewOf } from '../protocol/projection.ts';
import { hiddenTopics, rankedTopics, tallyOf, topicsByTheme, visibleTopics } from './topics.ts';

const { state } = given(
  ev.joined('p1'),
  ev.joined('p2'),
  ev.phase('marketplace'),
  ev.proposed('t1', 'p1', { themeId: 'th2' }),
  ev.proposed('t2', 'p1'),
  ev.proposed('t3', 'p2', { themeId: 'th2' }),
  ev.proposed('t4', 'p2', { themeId: 'th1' }),
  ev.phase('voting'),
  ev.dot('p1', 't3'),
  ev.dot('p2', 't3'),
  ev.dot('p2', 't2'),
  ev.dot('p1', 't4'),
  ev.hidden('t4'),
);
const ids = (topics: { id: string }[]) => topics.map((t) => t.id);

describe('topic selectors', () => {
  it('splits visible and hidden topics, in the order of proposal', () => {
    expect(ids(visibleTopics(state))).toStrictEqual(['t1', 't2', 't3']);
    expect(ids(hiddenTopics(state))).toStrictEqual(['t4']);
  });

  it('groups visible topics by theme in the themes’ order, unthemed last, empty groups left out', () => {
    expect(topicsByTheme(state).map((g) => [g.themeId, ids(g.topics)])).toStrictEqual([
      ['th2', ['t1', 't3']],
      [null, ['t2']],
    ]);
  });

  it('ranks by dots, ties in the order of proposal', () => {
    expect(ids(rankedTopics(state))).toStrictEqual(['t3', 't2', 't1']);
  });

  it('reads a tally, zero when no dot, null when the reader may not see tallies', () => {
    expect(tallyOf(state, 't3')).toBe(2);
    expect(tallyOf(state, 't1')).toBe(0);
    const secret = viewOf({ ...state, settings: { ...state.settings, tallyMode: 'hidden' } }, { role: 'projector' });
    expect(tallyOf(secret, 't3')).toBeNull();
    expect(ids(rankedTopics(secret))).toStrictEqual(['t1', 't2', 't3']);
  });
});
