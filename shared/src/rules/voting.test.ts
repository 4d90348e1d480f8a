import { describe, expect, it } from 'vitest';
import type { VoteSettings } from '../model/settings.ts';
import { closing, converging } from '../testing/convergenceStory.ts';
import { dots, ev } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import {
  ballotOf,
  dotRefusal,
  dotsFitSettings,
  dotsUsed,
  maxDotsPerTopic,
  placeRefusal,
  proposalBallot,
  remainingDots,
  removeRefusal,
  settingsFitCurrentDots,
  topicBallot,
  type Ballot,
} from './voting.ts';

const voting = [ev.joined('p1'), ev.phase('marketplace'), ev.proposed('t1', 'p1'), ev.proposed('t2', 'p1'), ev.phase('voting')];
const settings = (s: Partial<VoteSettings>): VoteSettings => ({ dotBudget: 3, allowStacking: false, tallyMode: 'live', ...s });

describe('voting rules', () => {
  it.each([
    [settings({}), 1],
    [settings({ allowStacking: true }), 3],
    [settings({ allowStacking: true, dotBudget: 7 }), 7],
  ])('maxDotsPerTopic(%j) = %i', (s, max) => expect(maxDotsPerTopic(s)).toBe(max));

  it('counts used and remaining dots', () => {
    const { state } = given(ev.settings({ allowStacking: true }), ...voting, ...dots('p1', 't1', 2));
    expect(dotsUsed(state, 'p1')).toBe(2);
    expect(remainingDots(state, 'p1')).toBe(1);
    expect(dotsUsed(state, 'nobody')).toBe(0);
    expect(remainingDots(state, 'nobody')).toBe(3);
  });

  it('never reports a negative remainder', () => {
    const { state } = given(...voting, ev.dot('p1', 't1'), ev.dot('p1', 't2'));
    expect(remainingDots({ ...state, settings: settings({ dotBudget: 1 }) }, 'p1')).toBe(0);
  });

  it.each([
    ['before the vote', [...voting.slice(0, -1)], 't1', 'WRONG_PHASE'],
    ['on an unknown topic', voting, 'ghost', 'NOT_FOUND'],
    ['on a hidden topic', [...voting, ev.hidden('t1')], 't1', 'NOT_FOUND'],
    ['with the budget spent', [ev.settings({ dotBudget: 1 }), ...voting, ev.dot('p1', 't2')], 't1', 'BUDGET_EXCEEDED'],
    ['on a topic at its cap', [...voting, ev.dot('p1', 't1')], 't1', 'CONFLICT'],
    ['when allowed', voting, 't1', null],
  ] as const)('dotRefusal %s: %s', (_, story, topicId, refusal) => {
    expect(dotRefusal(given(...story).state, 'p1', topicId)).toBe(refusal);
  });

  it.each([
    ['the same settings', settings({}), true],
    ['a budget equal to the dots placed', settings({ dotBudget: 2 }), true],
    ['a budget below the dots placed', settings({ dotBudget: 1 }), false],
  ])('settingsFitCurrentDots with %s: %s', (_, next, fits) => {
    const { state } = given(...voting, ev.dot('p1', 't1'), ev.dot('p1', 't2'));
    expect(settingsFitCurrentDots(state, next)).toBe(fits);
  });

  it('refuses stacking off while someone holds a stack', () => {
    const { state } = given(ev.settings({ allowStacking: true }), ...voting, ...dots('p1', 't1', 2));
    expect(settingsFitCurrentDots(state, settings({ allowStacking: false }))).toBe(false);
  });
});

describe('one ballot rule for both votes', () => {
  const ballot = (over: Partial<Ballot>): Ballot => ({ dots: {}, settings: settings({}), open: true, accepts: (id) => id !== 'ghost', ...over });

  it.each([
    ['a closed ballot', ballot({ open: false }), 'a', 'WRONG_PHASE'],
    ['a target it does not accept', ballot({}), 'ghost', 'NOT_FOUND'],
    ['a spent budget', ballot({ dots: { p1: { b: 1, c: 2 } } }), 'a', 'BUDGET_EXCEEDED'],
    ['a target at its cap', ballot({ dots: { p1: { a: 1 } } }), 'a', 'CONFLICT'],
    ['a stack under the budget', ballot({ dots: { p1: { a: 2 } }, settings: settings({ allowStacking: true }) }), 'a', null],
    ['room left', ballot({ dots: { p1: { b: 1 } } }), 'a', null],
  ] as const)('placeRefusal with %s: %s', (_, b, target, refusal) => {
    expect(placeRefusal(b, 'p1', target)).toBe(refusal);
  });

  it.each([
    ['a closed ballot', ballot({ open: false, dots: { p1: { a: 1 } } }), 'WRONG_PHASE'],
    ['no dot of one’s own', ballot({ dots: { p2: { a: 1 } } }), 'NOT_FOUND'],
    ['a dot of one’s own', ballot({ dots: { p1: { a: 1 } } }), null],
  ] as const)('removeRefusal with %s: %s', (_, b, refusal) => {
    expect(removeRefusal(b, 'p1', 'a')).toBe(refusal);
  });

  it('checks any ballot against settings', () => {
    expect(dotsFitSettings({ p1: { a: 2 } }, settings({ allowStacking: true }))).toBe(true);
    expect(dotsFitSettings({ p1: { a: 2 } }, settings({}))).toBe(false);
    expect(dotsFitSettings({ p1: { a: 1, b: 1 } }, settings({ dotBudget: 1 }))).toBe(false);
  });

  it('opens the topic ballot in the voting phase on visible topics, the proposal ballot in the closing phase while open', () => {
    const topics = topicBallot(given(...voting, ev.hidden('t2')).state);
    expect([topics.open, topics.accepts('t1'), topics.accepts('t2'), topics.accepts('ghost')]).toStrictEqual([true, true, false, false]);
    const proposals = proposalBallot(given(...converging).state);
    expect([proposals.open, proposals.accepts('pr1'), proposals.accepts('t1')]).toStrictEqual([true, true, false]);
    expect(topicBallot(given(...converging).state).open).toBe(false);
    expect(proposalBallot(given(...closing).state).open).toBe(false);
    expect(proposalBallot(given(...converging, ev.convergenceClosed()).state).open).toBe(false);
    expect(proposalBallot(given(...converging, ev.phase('breakouts')).state).open).toBe(false);
  });

  it('picks a ballot by kind', () => {
    const { state } = given(...converging, ev.proposalDot('p3', 'pr2'));
    expect(ballotOf(state, 'topics').dots).toBe(state.dots);
    expect(ballotOf(state, 'proposals').dots).toBe(state.convergence.dots);
  });

  it('refuses settings that would break the convergence ballot even when the topic ballot fits', () => {
    const { state } = given(...converging, ev.proposalDot('p3', 'pr1'), ev.proposalDot('p3', 'pr2'), ev.proposalDot('p3', 'pr3'));
    expect(dotsFitSettings(state.dots, settings({ dotBudget: 2 }))).toBe(true);
    expect(settingsFitCurrentDots(state, settings({ dotBudget: 2 }))).toBe(false);
  });
});
