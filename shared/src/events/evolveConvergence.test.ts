import { describe, expect, it } from 'vitest';
import type { Convergence, SessionState } from '../model/session.ts';
import { converging } from '../testing/convergenceStory.ts';
import { created, ev } from '../testing/fixtures.ts';
import { fold, given } from '../testing/scenario.ts';
import type { SessionEvent } from './events.ts';
import { evolve } from './evolve.ts';

describe('evolve: the convergence vote', () => {
  it('starts as an empty draft', () => {
    expect(fold([created()]).convergence).toStrictEqual({ status: 'draft', proposals: {}, dots: {}, tallies: {}, revealed: false });
  });

  it('opens on the listed proposals, in order, and counts dots apart from the topic vote', () => {
    const { state } = given(...converging, ev.proposalDot('p1', 'pr4'), ev.proposalDot('p2', 'pr4'), ev.proposalDot('p2', 'pr1'));
    expect(Object.keys(state.convergence.proposals)).toStrictEqual(['pr1', 'pr2', 'pr3', 'pr4']);
    expect(state.convergence.proposals.pr3).toStrictEqual({ id: 'pr3', slotId: 'sl1', topicId: 't2', text: 'Proposal pr3' });
    expect(state.convergence.dots).toStrictEqual({ p1: { pr4: 1 }, p2: { pr4: 1, pr1: 1 } });
    expect(state.convergence.tallies).toStrictEqual({ pr4: 2, pr1: 1 });
    expect(state.tallies).toStrictEqual(given(...converging).state.tallies);
  });

  it('drops a count and a voter at zero, as the topic vote does', () => {
    const { state } = given(...converging, ev.proposalDot('p1', 'pr1'), ev.proposalUndot('p1', 'pr1'));
    expect(state.convergence.dots).toStrictEqual({});
    expect(state.convergence.tallies).toStrictEqual({});
  });

  it('closes, reveals and hides without touching the ballot', () => {
    const voted = given(...converging, ev.proposalDot('p1', 'pr1')).state.convergence;
    const after = (...events: Parameters<typeof given>) => given(...converging, ev.proposalDot('p1', 'pr1'), ...events).state.convergence;
    expect(after(ev.convergenceClosed())).toStrictEqual({ ...voted, status: 'closed' });
    expect(after(ev.convergenceRevealed())).toStrictEqual({ ...voted, revealed: true });
    expect(after(ev.convergenceRevealed(), ev.convergenceHidden())).toStrictEqual(voted);
  });

  it('replaces the proposals and empties the ballot when opened again', () => {
    const { state } = given(...converging, ev.convergenceClosed(), ev.convergenceOpened(['pr9', 'sl2', 'tp', 'Neuve']));
    expect(state.convergence).toStrictEqual({
      status: 'open',
      proposals: { pr9: { id: 'pr9', slotId: 'sl2', topicId: 'tp', text: 'Neuve' } },
      dots: {},
      tallies: {},
      revealed: false,
    });
  });
});

describe('evolve on a reader’s view (ProposalTallyChanged, ConvergenceOpened)', () => {
  const base = (tallies: Convergence['tallies']): SessionState => {
    const state = given(...converging).state;
    return { ...state, convergence: { ...state.convergence, tallies } };
  };
  const change = (proposalId: string, delta: number): SessionEvent => ({ type: 'ProposalTallyChanged', proposalId, delta });

  it.each<[string, Convergence['tallies'], SessionEvent, Convergence['tallies']]>([
    ['adds to a count', { pr1: 2 }, change('pr1', 1), { pr1: 3 }],
    ['starts a count', {}, change('pr1', 1), { pr1: 1 }],
    ['drops a count at zero', { pr1: 1, pr2: 1 }, change('pr1', -1), { pr2: 1 }],
    ['leaves hidden tallies hidden', null, change('pr1', 1), null],
    ['empties visible tallies on a new ballot', { pr1: 1 }, ev.convergenceOpened(['pr9', 'sl1', 't1']), {}],
    ['keeps hidden tallies hidden on a new ballot', null, ev.convergenceOpened(['pr9', 'sl1', 't1']), null],
  ])('%s', (_, before, event, after) => {
    const state = evolve(base(before), event, 99);
    expect(state.convergence.tallies).toStrictEqual(after);
    expect(state.tallies).toStrictEqual(base(before).tallies);
  });

  it('counts dots without knowing whose they are', () => {
    expect(evolve(base({}), change('pr1', 1), 99).convergence.dots).toStrictEqual({});
  });
});
