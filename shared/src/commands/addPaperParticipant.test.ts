import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/limits.ts';
import { pseudonymFor } from '../rules/pseudonym.ts';
import { ev, NOW, participant, PROJECTOR } from '../testing/fixtures.ts';
import { given, givenState } from '../testing/scenario.ts';
import { AddPaperParticipantSchema } from './addPaperParticipant.schema.ts';

describe('addPaperParticipant', () => {
  it('admits someone without a phone, marked as paper', () => {
    given()
      .when({ type: 'addPaperParticipant', pseudonym: 'Mme Durand' })
      .then({ type: 'ParticipantJoined', participantId: 'p_new1', pseudonym: 'Mme Durand', paper: true, at: NOW });
  });

  it('names them when the facilitator gives no name', () => {
    given()
      .when({ type: 'addPaperParticipant', pseudonym: '' })
      .then({ type: 'ParticipantJoined', participantId: 'p_new1', pseudonym: pseudonymFor('p_new1'), paper: true, at: NOW });
  });

  it.each([
    ['a participant', participant('p1')],
    ['the projector', PROJECTOR],
  ])('is FORBIDDEN to %s', (_, actor) => {
    given(ev.joined('p1')).when({ type: 'addPaperParticipant', pseudonym: 'X' }, actor).thenError('FORBIDDEN');
  });

  it('refuses with CONFLICT once the session is full', () => {
    const { state } = given();
    const participantCount = LIMITS.participantsPerSession;
    givenState({ ...state, participantCount }).when({ type: 'addPaperParticipant', pseudonym: 'X' }).thenError('CONFLICT');
  });

  it('refuses a pseudonym too long (VALIDATION at the edge)', () => {
    const input = { type: 'addPaperParticipant', pseudonym: 'x'.repeat(LIMITS.pseudonymMax + 1) };
    expect(AddPaperParticipantSchema.safeParse(input).success).toBe(false);
  });
});
