import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import type { ErrorCode } from '../protocol/errors.ts';
import { remainingDots } from '../rules/voting.ts';
import { dots, ev, FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { type PlaceDot } from './placeDot.ts';
import { PlaceDotSchema } from './placeDot.schema.ts';

const topics = [ev.proposed('t1', 'p1'), ev.proposed('t2', 'p2'), ev.proposed('t3', 'p2')];
const people = [ev.joined('p1'), ev.joined('p2'), ev.paperJoined('paper1')];
const voting = [...people, ev.phase('marketplace'), ...topics, ev.phase('voting')];
const place = (topicId = 't1', asParticipantId?: string): PlaceDot =>
  asParticipantId === undefined ? { type: 'placeDot', topicId } : { type: 'placeDot', topicId, asParticipantId };

describe('placeDot', () => {
  it('places a participant’s dot and counts it', () => {
    const { state } = given(...voting).when(place(), participant('p1')).then(ev.dot('p1', 't1'));
    expect(state.dots).toStrictEqual({ p1: { t1: 1 } });
    expect(state.tallies).toStrictEqual({ t1: 1 });
    expect(remainingDots(state, 'p1')).toBe(2);
  });

  it('accepts a participant naming themselves as asParticipantId', () => {
    given(...voting).when(place('t1', 'p1'), participant('p1')).then(ev.dot('p1', 't1'));
  });

  it('lets the facilitator place a dot for a paper participant, and says so', () => {
    given(...voting).when(place('t1', 'paper1')).then(ev.dot('paper1', 't1', true));
  });

  it('lets anyone vote for their own topic', () => {
    given(...voting).when(place('t2'), participant('p2')).then(ev.dot('p2', 't2'));
  });

  it.each<[string, PlaceDot, Actor, ErrorCode]>([
    ['the facilitator says for nobody', place(), FACILITATOR, 'VALIDATION'],
    ['the facilitator acts for a phone participant', place('t1', 'p1'), FACILITATOR, 'FORBIDDEN'],
    ['the facilitator acts for someone unknown', place('t1', 'ghost'), FACILITATOR, 'NOT_FOUND'],
    ['a participant acts for someone else', place('t1', 'p2'), participant('p1'), 'FORBIDDEN'],
    ['a participant acts for a paper participant', place('t1', 'paper1'), participant('p1'), 'FORBIDDEN'],
    ['the participant is unknown', place(), participant('ghost'), 'NOT_FOUND'],
    ['the projector votes', place(), PROJECTOR, 'FORBIDDEN'],
    ['the topic does not exist', place('ghost'), participant('p1'), 'NOT_FOUND'],
  ])('refuses when %s', (_, command, actor, code) => {
    given(...voting).when(command, actor).thenError(code);
  });

  it.each([['lobby'], ['marketplace']] as const)('refuses with WRONG_PHASE in the %s', (phase) => {
    given(...voting, ev.phase(phase)).when(place(), participant('p1')).thenError('WRONG_PHASE');
    given(...voting, ev.phase(phase)).when(place('t1', 'paper1')).thenError('WRONG_PHASE');
  });

  it('refuses with NOT_FOUND a hidden topic, and accepts it again once restored', () => {
    given(...voting, ev.hidden('t1')).when(place(), participant('p1')).thenError('NOT_FOUND');
    given(...voting, ev.hidden('t1'), ev.restored('t1')).when(place(), participant('p1')).then(ev.dot('p1', 't1'));
  });

  it('refuses with NOT_FOUND a withdrawn topic', () => {
    given(...people, ev.phase('marketplace'), ...topics, ev.withdrawn('t1'), ev.phase('voting'))
      .when(place(), participant('p1'))
      .thenError('NOT_FOUND');
  });

  describe('without stacking', () => {
    it('refuses with CONFLICT a second dot on the same topic', () => {
      given(...voting, ev.dot('p1', 't1')).when(place(), participant('p1')).thenError('CONFLICT');
    });

    it('accepts a dot on another topic', () => {
      given(...voting, ev.dot('p1', 't1')).when(place('t2'), participant('p1')).then(ev.dot('p1', 't2'));
    });

    it('refuses with BUDGET_EXCEEDED once the budget is spent (the budget is checked first)', () => {
      const spent = [ev.settings({ dotBudget: 2 }), ev.dot('p1', 't1'), ev.dot('p1', 't2')];
      given(...voting, ...spent).when(place('t3'), participant('p1')).thenError('BUDGET_EXCEEDED');
      given(...voting, ...spent).when(place('t1'), participant('p1')).thenError('BUDGET_EXCEEDED');
    });
  });

  describe('with stacking', () => {
    const stacking = ev.settings({ dotBudget: 3, allowStacking: true });

    it('accepts several dots of one person on one topic, up to the budget', () => {
      const { state } = given(...voting, stacking, ...dots('p1', 't1', 2)).when(place(), participant('p1')).then(ev.dot('p1', 't1'));
      expect(state.dots.p1).toStrictEqual({ t1: 3 });
      expect(state.tallies).toStrictEqual({ t1: 3 });
    });

    it('refuses with BUDGET_EXCEEDED the dot after the budget', () => {
      given(...voting, stacking, ...dots('p1', 't1', 3)).when(place('t2'), participant('p1')).thenError('BUDGET_EXCEEDED');
    });
  });

  it('keeps budgets per person: paper participants have their own', () => {
    const spent = [ev.settings({ dotBudget: 1 }), ev.dot('p1', 't1')];
    given(...voting, ...spent).when(place('t1'), participant('p2')).then(ev.dot('p2', 't1'));
    given(...voting, ...spent).when(place('t1', 'paper1')).then(ev.dot('paper1', 't1', true));
  });

  it('gives the budget back when a topic is hidden', () => {
    given(...voting, ev.settings({ dotBudget: 1 }), ev.dot('p1', 't1'), ev.hidden('t1'))
      .when(place('t2'), participant('p1'))
      .then(ev.dot('p1', 't2'));
  });

  it('refuses a malformed topic id (VALIDATION at the edge)', () => {
    expect(PlaceDotSchema.safeParse({ type: 'placeDot', topicId: '' }).success).toBe(false);
  });
});
