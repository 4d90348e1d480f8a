import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/limits.ts';
import { running } from '../testing/agendaStory.ts';
import { closing, converging } from '../testing/convergenceStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { type OpenConvergence } from './openConvergence.ts';
import { OpenConvergenceSchema } from './openConvergence.schema.ts';

const open = (...proposals: OpenConvergence['proposals']): OpenConvergence => ({ type: 'openConvergence', proposals });
const draft = (topicId: string, text: string, slotId = 'sl1') => ({ slotId, topicId, text });

describe('openConvergence', () => {
  it('opens the vote on the listed proposals, in order, each with a new id', () => {
    const { state } = given(...closing)
      .when(open(draft('t1', 'Un guichet unique'), draft('t3', 'Des cours de français', 'sl2')))
      .then(
        ev.convergenceOpened(['pr_new1', 'sl1', 't1', 'Un guichet unique'], ['pr_new2', 'sl2', 't3', 'Des cours de français']),
      );
    expect(state.convergence).toStrictEqual({
      status: 'open',
      proposals: {
        pr_new1: { id: 'pr_new1', slotId: 'sl1', topicId: 't1', text: 'Un guichet unique' },
        pr_new2: { id: 'pr_new2', slotId: 'sl2', topicId: 't3', text: 'Des cours de français' },
      },
      dots: {},
      tallies: {},
      revealed: false,
    });
  });

  it('takes the facilitator’s wording as is, trimmed at the edge; the same text twice stays two proposals', () => {
    given(...closing)
      .when(OpenConvergenceSchema.parse(open(draft('t1', '  Agir  '), draft('t1', 'Agir'))))
      .then(ev.convergenceOpened(['pr_new1', 'sl1', 't1', 'Agir'], ['pr_new2', 'sl1', 't1', 'Agir']));
  });

  it('replaces a closed ballot nobody voted on, keeping whether its tallies were revealed', () => {
    const { state } = given(...converging, ev.convergenceRevealed(), ev.convergenceClosed())
      .when(open(draft('t2', 'Autre chose')))
      .then(ev.convergenceOpened(['pr_new1', 'sl1', 't2', 'Autre chose']));
    expect(Object.keys(state.convergence.proposals)).toStrictEqual(['pr_new1']);
    expect(state.convergence.revealed).toBe(true);
  });

  it('replaces a closed ballot whose dots were all taken back', () => {
    given(...converging, ev.proposalDot('p1', 'pr1'), ev.proposalUndot('p1', 'pr1'), ev.convergenceClosed())
      .when(open(draft('t2', 'Autre chose')))
      .then(ev.convergenceOpened(['pr_new1', 'sl1', 't2', 'Autre chose']));
  });

  it('refuses with CONFLICT while the vote is open, even with no dot yet', () => {
    given(...converging).when(open(draft('t1', 'Encore'))).thenError('CONFLICT');
  });

  it('refuses with CONFLICT to replace a ballot people voted on', () => {
    given(...converging, ev.proposalDot('p2', 'pr3'), ev.convergenceClosed()).when(open(draft('t1', 'Encore'))).thenError('CONFLICT');
  });

  it.each([['voting'], ['agenda'], ['breakouts']] as const)('refuses with WRONG_PHASE in the %s phase', (phase) => {
    given(...running, ev.phase(phase)).when(open(draft('t1', 'Agir'))).thenError('WRONG_PHASE');
  });

  it.each([
    ['an unknown topic', draft('ghost', 'Agir')],
    ['an unknown slot', draft('t1', 'Agir', 'ghost')],
  ])('refuses with NOT_FOUND a proposal naming %s', (_, proposal) => {
    given(...closing).when(open(draft('t2', 'Bien'), proposal)).thenError('NOT_FOUND');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...closing).when(open(draft('t1', 'Agir')), actor).thenError('FORBIDDEN');
  });

  const many = (n: number) => Array.from({ length: n }, (_, i) => draft('t1', `Proposition ${i}`));
  it.each([
    ['no proposal', []],
    ['more proposals than allowed', many(LIMITS.proposalsPerBallot + 1)],
    ['an empty text', [draft('t1', '   ')]],
    ['a text too long', [draft('t1', 'x'.repeat(LIMITS.proposalTextMax + 1))]],
    ['a malformed group', [draft('', 'Agir')]],
  ])('refuses %s (VALIDATION at the edge)', (_, proposals) => {
    expect(OpenConvergenceSchema.safeParse(open(...proposals)).success).toBe(false);
  });

  it('accepts as many proposals, and as long, as allowed', () => {
    expect(OpenConvergenceSchema.safeParse(open(...many(LIMITS.proposalsPerBallot))).success).toBe(true);
    expect(OpenConvergenceSchema.safeParse(open(draft('t1', 'x'.repeat(LIMITS.proposalTextMax)))).success).toBe(true);
  });
});
