import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import type { ErrorCode } from '../protocol/errors.ts';
import { converging } from '../testing/convergenceStory.ts';
import { ev, FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { type RemoveProposalDot } from './removeProposalDot.ts';
import { RemoveProposalDotSchema } from './removeProposalDot.schema.ts';

const remove = (proposalId = 'pr1', asParticipantId?: string): RemoveProposalDot =>
  asParticipantId === undefined ? { type: 'removeProposalDot', proposalId } : { type: 'removeProposalDot', proposalId, asParticipantId };
const voted = [...converging, ev.proposalDot('p1', 'pr1'), ev.proposalDot('p2', 'pr1'), ev.proposalDot('paper1', 'pr2', true)];

describe('removeProposalDot', () => {
  it('takes back one of one’s own dots and uncounts it; someone left with none has no entry', () => {
    const { state } = given(...voted).when(remove(), participant('p1')).then(ev.proposalUndot('p1', 'pr1'));
    expect(state.convergence.dots).toStrictEqual({ p2: { pr1: 1 }, paper1: { pr2: 1 } });
    expect(state.convergence.tallies).toStrictEqual({ pr1: 1, pr2: 1 });
  });

  it('takes back one dot of a stack at a time', () => {
    const { state } = given(ev.settings({ allowStacking: true }), ...converging, ev.proposalDot('p1', 'pr1'), ev.proposalDot('p1', 'pr1'))
      .when(remove(), participant('p1'))
      .then(ev.proposalUndot('p1', 'pr1'));
    expect(state.convergence.dots).toStrictEqual({ p1: { pr1: 1 } });
  });

  it('lets the facilitator take back a paper participant’s dot, and says so', () => {
    given(...voted).when(remove('pr2', 'paper1')).then(ev.proposalUndot('paper1', 'pr2', true));
  });

  it.each<[string, RemoveProposalDot, Actor, ErrorCode]>([
    ['nobody removes someone else’s dot', remove('pr2'), participant('p1'), 'NOT_FOUND'],
    ['there is no dot of theirs on it', remove('pr3'), participant('p1'), 'NOT_FOUND'],
    ['the proposal does not exist', remove('ghost'), participant('p1'), 'NOT_FOUND'],
    ['a participant acts for someone else', remove('pr1', 'p2'), participant('p1'), 'FORBIDDEN'],
    ['the facilitator says for nobody', remove(), FACILITATOR, 'VALIDATION'],
    ['the facilitator acts for a phone participant', remove('pr1', 'p1'), FACILITATOR, 'FORBIDDEN'],
    ['the projector', remove(), PROJECTOR, 'FORBIDDEN'],
  ])('refuses when %s', (_, command, actor, code) => {
    given(...voted).when(command, actor).thenError(code);
  });

  it.each([
    ['once the vote is closed', [...voted, ev.convergenceClosed()]],
    ['while the phase is not closing', [...voted, ev.phase('agenda')]],
  ])('refuses with WRONG_PHASE %s: the ballot is what it is', (_, story) => {
    given(...story).when(remove(), participant('p1')).thenError('WRONG_PHASE');
  });

  it('refuses a malformed proposal id (VALIDATION at the edge)', () => {
    expect(RemoveProposalDotSchema.safeParse({ type: 'removeProposalDot', proposalId: 'a b' }).success).toBe(false);
  });
});
