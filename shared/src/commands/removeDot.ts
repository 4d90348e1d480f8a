import { z } from 'zod';
import { IdSchema } from '../model/ids.ts';
import { phaseAllows } from '../model/phase.ts';
import { fail } from '../protocol/errors.ts';
import { dotsOn } from '../rules/voting.ts';
import { accept, actingParticipant, type Decide } from './decision.ts';

export const RemoveDotSchema = z.object({
  type: z.literal('removeDot'),
  topicId: IdSchema,
  asParticipantId: IdSchema.optional(),
});
export type RemoveDot = z.infer<typeof RemoveDotSchema>;

/** Only one's own dots can be taken back: nobody removes someone else's. */
export const decideRemoveDot: Decide<RemoveDot> = (state, command, ctx) => {
  const who = actingParticipant(state, ctx, command.asParticipantId);
  if (!who.ok) return who;
  if (!phaseAllows(state.phase, 'vote')) return fail('WRONG_PHASE', 'Dots are removed while the vote is open');
  if (dotsOn(state, who.participantId, command.topicId) === 0) return fail('NOT_FOUND', 'No dot of yours on this topic');
  return accept({
    type: 'DotRemoved',
    participantId: who.participantId,
    topicId: command.topicId,
    byFacilitator: who.byFacilitator,
  });
};
