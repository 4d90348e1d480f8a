import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/limits.ts';
import { pseudonymFor } from '../rules/pseudonym.ts';
import { ev, NOW } from '../testing/fixtures.ts';
import { given, givenState } from '../testing/scenario.ts';
import { decideJoinSession } from './joinSession.ts';
import { JoinSessionSchema } from './joinSession.schema.ts';

describe('joinSession', () => {
  it('admits a phone participant under the name they chose', () => {
    given()
      .whenDecided(decideJoinSession, { type: 'joinSession', pseudonym: 'Amina' })
      .then({ type: 'ParticipantJoined', participantId: 'p_new1', pseudonym: 'Amina', paper: false, at: NOW });
  });

  it('gives a generated name to whoever gives none', () => {
    given()
      .whenDecided(decideJoinSession, { type: 'joinSession', pseudonym: '' })
      .then({ type: 'ParticipantJoined', participantId: 'p_new1', pseudonym: pseudonymFor('p_new1'), paper: false, at: NOW });
  });

  it('lets two people share a pseudonym: ids tell them apart', () => {
    given(ev.joined('p1', 'Amina'))
      .whenDecided(decideJoinSession, { type: 'joinSession', pseudonym: 'Amina' })
      .then({ type: 'ParticipantJoined', participantId: 'p_new1', pseudonym: 'Amina', paper: false, at: NOW });
  });

  it('refuses with CONFLICT once the session is full, and changes nothing', () => {
    const { state } = given();
    const participantCount = LIMITS.participantsPerSession;
    givenState({ ...state, participantCount })
      .whenDecided(decideJoinSession, { type: 'joinSession', pseudonym: 'Late' })
      .thenError('CONFLICT');
  });

  it('admits the last person who still fits', () => {
    const { state } = given();
    const participantCount = LIMITS.participantsPerSession - 1;
    expect(givenState({ ...state, participantCount }).whenDecided(decideJoinSession, { type: 'joinSession', pseudonym: 'Last' }).decision.ok).toBe(true);
  });
});

describe('JoinSessionSchema', () => {
  it('trims the pseudonym', () => {
    expect(JoinSessionSchema.parse({ type: 'joinSession', pseudonym: '  Amina ' })).toStrictEqual({
      type: 'joinSession',
      pseudonym: 'Amina',
    });
  });

  it.each([
    ['a pseudonym too long', { type: 'joinSession', pseudonym: 'x'.repeat(LIMITS.pseudonymMax + 1) }],
    ['a pseudonym that is not text', { type: 'joinSession', pseudonym: 42 }],
    ['another type', { type: 'addPaperParticipant', pseudonym: 'A' }],
  ])('refuses %s (VALIDATION at the edge)', (_, input) => {
    expect(JoinSessionSchema.safeParse(input).success).toBe(false);
  });
});
