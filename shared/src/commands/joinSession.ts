import type { z } from 'zod';
import type { DecideContext } from '../model/actor.ts';
import { LIMITS } from '../model/limits.ts';
import type { SessionState } from '../model/session.ts';
import { fail } from '../protocol/errors.ts';
import { pseudonymFor } from '../rules/pseudonym.ts';
import { accept, type Decide, type Decision } from './decision.ts';
import type { JoinSessionSchema } from './joinSession.schema.ts';

/** Sent over HTTP by a phone that has no identity in this session yet. */
export type JoinSession = z.infer<typeof JoinSessionSchema>;

export const decideJoinSession: Decide<JoinSession> = (state, command, ctx) =>
  admitParticipant(state, command.pseudonym, false, ctx);

/** A name is optional: whoever gives none gets a friendly generated one. */
export function admitParticipant(state: SessionState, pseudonym: string, paper: boolean, ctx: DecideContext): Decision {
  if (state.participantCount >= LIMITS.participantsPerSession) {
    return fail('CONFLICT', 'The session is full');
  }
  const participantId = ctx.newId('p');
  return accept({
    type: 'ParticipantJoined',
    participantId,
    pseudonym: pseudonym || pseudonymFor(participantId),
    paper,
    at: ctx.now,
  });
}
