import { describe, expect, it } from 'vitest';
import { closing, converging } from '../testing/convergenceStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';

const close = { type: 'closeConvergence' } as const;

describe('closeConvergence', () => {
  it('closes the vote and keeps its dots and tallies', () => {
    const { state } = given(...converging, ev.proposalDot('p1', 'pr1')).when(close).then(ev.convergenceClosed());
    expect(state.convergence.status).toBe('closed');
    expect(state.convergence.dots).toStrictEqual({ p1: { pr1: 1 } });
    expect(state.convergence.tallies).toStrictEqual({ pr1: 1 });
  });

  it('may close after the phase moved on', () => {
    given(...converging, ev.phase('breakouts')).when(close).then(ev.convergenceClosed());
  });

  it.each([
    ['a draft', closing],
    ['a closed vote', [...converging, ev.convergenceClosed()]],
  ])('refuses with CONFLICT to close %s', (_, story) => {
    given(...story).when(close).thenError('CONFLICT');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...converging).when(close, actor).thenError('FORBIDDEN');
  });
});
