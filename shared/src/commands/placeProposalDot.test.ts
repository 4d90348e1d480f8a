import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import type { ErrorCode } from '../protocol/errors.ts';
import { ballotRemaining, proposalBallot, remainingDots } from '../rules/voting.ts';
import { closing, converging } from '../testing/convergenceStory.ts';
import { ev, FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { type PlaceProposalDot } from './placeProposalDot.ts';
import { PlaceProposalDotSchema } from './placeProposalDot.schema.ts';

const place = (proposalId = 'pr1', asParticipantId?: string): PlaceProposalDot =>
  asParticipantId === undefined ? { type: 'placeProposalDot', proposalId } : { type: 'placeProposalDot', proposalId, asParticipantId };
const stacks = (participantId: string, proposalId: string, n: number) => Array.from({ length: n }, () => ev.proposalDot(participantId, proposalId));

describe('placeProposalDot', () => {
  it('places a participant’s dot on a proposal and counts it, on its own ballot', () => {
    const { state } = given(...converging).when(place(), participant('p1')).then(ev.proposalDot('p1', 'pr1'));
    expect(state.convergence.dots).toStrictEqual({ p1: { pr1: 1 } });
    expect(state.convergence.tallies).toStrictEqual({ pr1: 1 });
    expect(ballotRemaining(proposalBallot(state), 'p1')).toBe(2);
  });

  it('leaves the topic vote’s dots and budget alone: each vote has the whole budget', () => {
    // In agendaStory p1 spent 2 of 3 dots on topics.
    const { state } = given(...converging).when(place(), participant('p1')).then(ev.proposalDot('p1', 'pr1'));
    expect(state.dots.p1).toStrictEqual({ t1: 1, t2: 1 });
    expect(remainingDots(state, 'p1')).toBe(1);
  });

  it('accepts a participant naming themselves as asParticipantId', () => {
    given(...converging).when(place('pr1', 'p1'), participant('p1')).then(ev.proposalDot('p1', 'pr1'));
  });

  it('lets the facilitator place a dot for a paper participant, and says so', () => {
    given(...converging).when(place('pr2', 'paper1')).then(ev.proposalDot('paper1', 'pr2', true));
  });

  it.each<[string, PlaceProposalDot, Actor, ErrorCode]>([
    ['the facilitator says for nobody', place(), FACILITATOR, 'VALIDATION'],
    ['the facilitator acts for a phone participant', place('pr1', 'p1'), FACILITATOR, 'FORBIDDEN'],
    ['the facilitator acts for someone unknown', place('pr1', 'ghost'), FACILITATOR, 'NOT_FOUND'],
    ['a participant acts for someone else', place('pr1', 'p2'), participant('p1'), 'FORBIDDEN'],
    ['a participant acts for a paper participant', place('pr1', 'paper1'), participant('p1'), 'FORBIDDEN'],
    ['the participant is unknown', place(), participant('ghost'), 'NOT_FOUND'],
    ['the projector votes', place(), PROJECTOR, 'FORBIDDEN'],
    ['the proposal does not exist', place('ghost'), participant('p1'), 'NOT_FOUND'],
    ['a topic id is given for a proposal', place('t1'), participant('p1'), 'NOT_FOUND'],
  ])('refuses when %s', (_, command, actor, code) => {
    given(...converging).when(command, actor).thenError(code);
  });

  it.each([
    ['before the vote opens', closing],
    ['once the vote is closed', [...converging, ev.convergenceClosed()]],
    ['while the phase is not closing', [...converging, ev.phase('breakouts')]],
  ])('refuses with WRONG_PHASE %s', (_, story) => {
    given(...story).when(place(), participant('p1')).thenError('WRONG_PHASE');
    given(...story).when(place('pr1', 'paper1')).thenError('WRONG_PHASE');
  });

  it('refuses with NOT_FOUND a proposal of a ballot that was replaced', () => {
    given(...converging, ev.convergenceClosed(), ev.convergenceOpened(['pr9', 'sl1', 't2']))
      .when(place('pr1'), participant('p1'))
      .thenError('NOT_FOUND');
  });

  describe('without stacking', () => {
    it('refuses with CONFLICT a second dot on the same proposal, accepts one on another', () => {
      given(...converging, ev.proposalDot('p1', 'pr1')).when(place(), participant('p1')).thenError('CONFLICT');
      given(...converging, ev.proposalDot('p1', 'pr1')).when(place('pr2'), participant('p1')).then(ev.proposalDot('p1', 'pr2'));
    });

    it('refuses with BUDGET_EXCEEDED once the budget is spent (the budget is checked first)', () => {
      const spent = [ev.settings({ dotBudget: 2 }), ev.proposalDot('p1', 'pr1'), ev.proposalDot('p1', 'pr2')];
      given(...converging, ...spent).when(place('pr3'), participant('p1')).thenError('BUDGET_EXCEEDED');
      given(...converging, ...spent).when(place('pr1'), participant('p1')).thenError('BUDGET_EXCEEDED');
    });
  });

  describe('with stacking', () => {
    const stacking = ev.settings({ dotBudget: 3, allowStacking: true });

    it('accepts several dots of one person on one proposal, up to the budget', () => {
      const { state } = given(...converging, stacking, ...stacks('p1', 'pr1', 2))
        .when(place(), participant('p1'))
        .then(ev.proposalDot('p1', 'pr1'));
      expect(state.convergence.dots.p1).toStrictEqual({ pr1: 3 });
      expect(state.convergence.tallies).toStrictEqual({ pr1: 3 });
    });

    it('refuses with BUDGET_EXCEEDED the dot after the budget', () => {
      given(...converging, stacking, ...stacks('p1', 'pr1', 3)).when(place('pr2'), participant('p1')).thenError('BUDGET_EXCEEDED');
    });
  });

  it('keeps budgets per person: paper participants have their own', () => {
    const spent = [ev.settings({ dotBudget: 1 }), ev.proposalDot('p1', 'pr1')];
    given(...converging, ...spent).when(place('pr1'), participant('p2')).then(ev.proposalDot('p2', 'pr1'));
    given(...converging, ...spent).when(place('pr1', 'paper1')).then(ev.proposalDot('paper1', 'pr1', true));
  });

  it('refuses a malformed proposal id (VALIDATION at the edge)', () => {
    expect(PlaceProposalDotSchema.safeParse({ type: 'placeProposalDot', proposalId: '' }).success).toBe(false);
  });
});
