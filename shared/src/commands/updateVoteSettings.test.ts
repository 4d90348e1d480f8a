import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/limits.ts';
import type { VoteSettings } from '../model/settings.ts';
import { converging } from '../testing/convergenceStory.ts';
import { dots, ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { UpdateVoteSettingsSchema } from './updateVoteSettings.schema.ts';

const settings = (s: Partial<VoteSettings>): VoteSettings => ({ dotBudget: 3, allowStacking: false, tallyMode: 'live', ...s });
const voting = [ev.joined('p1'), ev.joined('p2'), ev.phase('marketplace'), ev.proposed('t1', 'p1'), ev.proposed('t2', 'p1'), ev.phase('voting')];

describe('updateVoteSettings', () => {
  it('changes the settings before anyone has voted', () => {
    const next = settings({ dotBudget: 5, allowStacking: true, tallyMode: 'hidden' });
    given().when({ type: 'updateVoteSettings', settings: next }).then({ type: 'VoteSettingsChanged', settings: next });
  });

  it.each([
    ['a bigger budget', settings({ dotBudget: 4 })],
    ['a budget equal to the most anyone used', settings({ dotBudget: 2 })],
    ['stacking allowed', settings({ allowStacking: true })],
    ['hidden tallies', settings({ tallyMode: 'hidden' })],
    ['the same settings again', settings({})],
  ])('accepts %s while current dots still fit', (_, next) => {
    given(...voting, ev.dot('p1', 't1'), ev.dot('p1', 't2'), ev.dot('p2', 't1'))
      .when({ type: 'updateVoteSettings', settings: next })
      .then({ type: 'VoteSettingsChanged', settings: next });
  });

  it('accepts turning stacking off once nobody holds two dots on one topic', () => {
    given(...voting, ev.settings({ allowStacking: true }), ...dots('p1', 't1', 2), ev.undot('p1', 't1'))
      .when({ type: 'updateVoteSettings', settings: settings({ allowStacking: false }) })
      .then({ type: 'VoteSettingsChanged', settings: settings({ allowStacking: false }) });
  });

  it.each([
    ['a budget below the dots someone placed', [ev.dot('p1', 't1'), ev.dot('p1', 't2')], settings({ dotBudget: 1 })],
    ['stacking off while someone stacked', [ev.settings({ allowStacking: true }), ...dots('p1', 't1', 2)], settings({ dotBudget: 3 })],
    ['a stacking budget below a stack', [ev.settings({ dotBudget: 5, allowStacking: true }), ...dots('p2', 't1', 4)], settings({ dotBudget: 3, allowStacking: true })],
  ])('refuses with CONFLICT %s: nobody loses dots silently', (_, placed, next) => {
    given(...voting, ...placed).when({ type: 'updateVoteSettings', settings: next }).thenError('CONFLICT');
  });

  it('refuses with CONFLICT settings the convergence ballot no longer fits: both votes follow them', () => {
    given(...converging, ev.proposalDot('p1', 'pr1'), ev.proposalDot('p1', 'pr2'))
      .when({ type: 'updateVoteSettings', settings: settings({ dotBudget: 1 }) })
      .thenError('CONFLICT');
    given(...converging, ev.settings({ allowStacking: true }), ev.proposalDot('p3', 'pr1'), ev.proposalDot('p3', 'pr1'))
      .when({ type: 'updateVoteSettings', settings: settings({}) })
      .thenError('CONFLICT');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(ev.joined('p1')).when({ type: 'updateVoteSettings', settings: settings({}) }, actor).thenError('FORBIDDEN');
  });

  it.each([
    ['a budget of 0', { dotBudget: 0 }],
    ['a budget over the limit', { dotBudget: LIMITS.dotBudgetMax + 1 }],
    ['a fractional budget', { dotBudget: 2.5 }],
    ['an unknown tally mode', { tallyMode: 'secret' }],
  ])('refuses %s (VALIDATION at the edge)', (_, bad) => {
    const input = { type: 'updateVoteSettings', settings: { ...settings({}), ...bad } };
    expect(UpdateVoteSettingsSchema.safeParse(input).success).toBe(false);
  });
});
