import { describe, expect, it } from 'vitest';
import type { VoteSettings } from '../model/settings.ts';
import { dots, ev } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { dotRefusal, dotsUsed, maxDotsPerTopic, remainingDots, settingsFitCurrentDots } from './voting.ts';

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
