import { describe, expect, it } from 'vitest';
import type { Actor } from '../model/actor.ts';
import { counterIds, ev, FACILITATOR, NOW, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { actingParticipant } from './decision.ts';

const { state } = given(ev.joined('p1'), ev.joined('p2'), ev.paperJoined('paper1'));
const acting = (actor: Actor, asParticipantId?: string) =>
  actingParticipant(state, { actor, now: NOW, newId: counterIds() }, asParticipantId);

/** Whose name a topic or dot goes under: the rule every acting command shares. */
describe('actingParticipant', () => {
  it.each([
    ['a participant acts as themselves', participant('p1'), undefined, 'p1', false],
    ['a participant may name themselves', participant('p1'), 'p1', 'p1', false],
    ['a facilitator acts for a paper participant', FACILITATOR, 'paper1', 'paper1', true],
  ] as const)('accepts: %s', (_, actor, as, participantId, byFacilitator) => {
    expect(acting(actor, as)).toStrictEqual({ ok: true, participantId, byFacilitator });
  });

  it.each([
    ['a participant names someone else', participant('p1'), 'p2', 'FORBIDDEN'],
    ['a participant names a paper participant', participant('p1'), 'paper1', 'FORBIDDEN'],
    ['a participant is unknown', participant('ghost'), undefined, 'NOT_FOUND'],
    ['a facilitator names nobody', FACILITATOR, undefined, 'VALIDATION'],
    ['a facilitator names a phone participant', FACILITATOR, 'p1', 'FORBIDDEN'],
    ['a facilitator names someone unknown', FACILITATOR, 'ghost', 'NOT_FOUND'],
    ['the projector', PROJECTOR, undefined, 'FORBIDDEN'],
    ['the projector names a paper participant', PROJECTOR, 'paper1', 'FORBIDDEN'],
  ] as const)('refuses: %s', (_, actor, as, code) => {
    const result = acting(actor, as);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});
