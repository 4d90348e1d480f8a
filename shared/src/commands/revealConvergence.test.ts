import { describe, expect, it } from 'vitest';
import { converging } from '../testing/convergenceStory.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { RevealConvergenceSchema } from './revealConvergence.schema.ts';

const reveal = (revealed: boolean) => ({ type: 'revealConvergence', revealed }) as const;
const hidden = [ev.settings({ tallyMode: 'hidden' }), ...converging];

describe('revealConvergence', () => {
  it('reveals the convergence tallies, and only them', () => {
    const { state } = given(...hidden).when(reveal(true)).then(ev.convergenceRevealed());
    expect(state.convergence.revealed).toBe(true);
    expect(state.talliesRevealed).toBe(false);
  });

  it('hides them again', () => {
    given(...hidden, ev.convergenceRevealed()).when(reveal(false)).then(ev.convergenceHidden());
  });

  it('does not follow the topic vote’s reveal', () => {
    given(...hidden, ev.revealed()).when(reveal(true)).then(ev.convergenceRevealed());
  });

  it('may be revealed in advance, in live mode or before the vote opens', () => {
    given().when(reveal(true)).then(ev.convergenceRevealed());
  });

  it.each([
    ['reveal what is revealed', [...hidden, ev.convergenceRevealed()], true],
    ['hide what is hidden', hidden, false],
  ] as const)('refuses with CONFLICT to %s', (_, story, revealed) => {
    given(...story).when(reveal(revealed)).thenError('CONFLICT');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(...hidden).when(reveal(true), actor).thenError('FORBIDDEN');
  });

  it('refuses a missing flag (VALIDATION at the edge)', () => {
    expect(RevealConvergenceSchema.safeParse({ type: 'revealConvergence' }).success).toBe(false);
  });
});
