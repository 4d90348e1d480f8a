import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { removeRefusal, topicBallot } from '../rules/voting.ts';
import { accept, actingParticipant, type Decide } from './decision.ts';
import type { RemoveDotSchema } from './removeDot.schema.ts';

export type RemoveDot = z.infer<typeof RemoveDotSchema>;

const REFUSAL_MESSAGES = {
  WRONG_PHASE: 'Dots are removed while the vote is open',
  NOT_FOUND: 'No dot of yours on this topic',
} as const;

/** Only one's own dots can be taken back: nobody removes someone else's. */
export const decideRemoveDot: Decide<RemoveDot> = (state, command, ctx) => {
  const who = actingParticipant(state, ctx, command.asParticipantId);
  if (!who.ok) return who;
  const refusal = removeRefusal(topicBallot(state), who.participantId, command.topicId);
  if (refusal) return fail(refusal, REFUSAL_MESSAGES[refusal]);
  return accept({
    type: 'DotRemoved',
    participantId: who.participantId,
    topicId: command.topicId,
    byFacilitator: who.byFacilitator,
  });
};
