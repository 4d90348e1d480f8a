import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import type { TallyMode } from '../model/settings.ts';
import { FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { EMPTY_CONVERGENCE } from '../model/session.ts';
import { convergenceTalliesVisibleTo, talliesVisibleTo } from './visibility.ts';

const cases: [TallyMode, boolean, Actor, boolean][] = [];
for (const [name, reader] of [['facilitator', FACILITATOR], ['participant', participant('p1')], ['projector', PROJECTOR]] as const) {
  for (const tallyMode of ['live', 'hidden'] as const) {
    for (const revealed of [false, true]) cases.push([tallyMode, revealed, reader, name === 'facilitator' || tallyMode === 'live' || revealed]);
  }
}

describe('talliesVisibleTo', () => {
  it.each(cases)('%s tallies, revealed=%s, %j sees them: %s', (tallyMode, talliesRevealed, reader, visible) => {
    const state = { settings: { dotBudget: 3, allowStacking: false, tallyMode }, talliesRevealed };
    expect(talliesVisibleTo(state, reader)).toBe(visible);
  });
});

describe('convergenceTalliesVisibleTo', () => {
  it.each(cases)('%s tallies, convergence revealed=%s, %j sees them: %s', (tallyMode, revealed, reader, visible) => {
    const settings = { dotBudget: 3, allowStacking: false, tallyMode };
    expect(convergenceTalliesVisibleTo({ settings, convergence: { ...EMPTY_CONVERGENCE, revealed } }, reader)).toBe(visible);
  });

  it('follows its own reveal, not the topic vote’s', () => {
    const settings = { dotBudget: 3, allowStacking: false, tallyMode: 'hidden' } as const;
    const state = { settings, talliesRevealed: true, convergence: EMPTY_CONVERGENCE };
    expect(talliesVisibleTo(state, PROJECTOR)).toBe(true);
    expect(convergenceTalliesVisibleTo(state, PROJECTOR)).toBe(false);
  });
});
