import { describe, expect, it } from 'vitest';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { RevealTalliesSchema } from './revealTallies.schema.ts';

describe('revealTallies', () => {
  it('reveals hidden tallies', () => {
    given(ev.settings({ tallyMode: 'hidden' }))
      .when({ type: 'revealTallies', revealed: true })
      .then({ type: 'TalliesRevealed' });
  });

  it('hides them again', () => {
    given(ev.settings({ tallyMode: 'hidden' }), ev.revealed())
      .when({ type: 'revealTallies', revealed: false })
      .then({ type: 'TalliesHidden' });
  });

  it('may be revealed in advance in live mode, so that switching to hidden keeps them shown', () => {
    given().when({ type: 'revealTallies', revealed: true }).then({ type: 'TalliesRevealed' });
  });

  it.each([
    ['reveal what is revealed', [ev.revealed()], true],
    ['hide what is hidden', [], false],
  ] as const)('refuses with CONFLICT to %s', (_, story, revealed) => {
    given(...story).when({ type: 'revealTallies', revealed }).thenError('CONFLICT');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(ev.joined('p1')).when({ type: 'revealTallies', revealed: true }, actor).thenError('FORBIDDEN');
  });

  it('refuses a missing flag (VALIDATION at the edge)', () => {
    expect(RevealTalliesSchema.safeParse({ type: 'revealTallies' }).success).toBe(false);
  });
});
