import { describe, expect, it } from 'vitest';
import { PHASES, type PhaseId } from '../model/phase.ts';
import { ev, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given } from '../testing/scenario.ts';
import { SetPhaseSchema } from './setPhase.schema.ts';

const phases = PHASES.map((p) => p.id);
const moves = phases.flatMap((from) => phases.filter((to) => to !== from).map((to) => [from, to] as [PhaseId, PhaseId]));

describe('setPhase', () => {
  it.each(moves)('moves from %s to %s (any order: facilitators step back)', (from, to) => {
    given(ev.phase(from)).when({ type: 'setPhase', phase: to }).then({ type: 'PhaseChanged', phase: to });
  });

  it.each(phases)('refuses with CONFLICT to enter %s again', (phase) => {
    const story = phase === 'lobby' ? given() : given(ev.phase(phase));
    story.when({ type: 'setPhase', phase }).thenError('CONFLICT');
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(ev.joined('p1')).when({ type: 'setPhase', phase: 'voting' }, actor).thenError('FORBIDDEN');
  });

  it('refuses an unknown phase (VALIDATION at the edge)', () => {
    expect(SetPhaseSchema.safeParse({ type: 'setPhase', phase: 'recess' }).success).toBe(false);
  });
});
