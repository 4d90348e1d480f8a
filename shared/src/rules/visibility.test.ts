import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import type { TallyMode } from '../model/settings.ts';
import { FACILITATOR, participant, PROJECTOR } from '../testing/fixtures.ts';
import { talliesVisibleTo } from './visibility.ts';

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
