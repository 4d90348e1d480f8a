import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { dotRefusal } from '../rules/voting.ts';
import { accept, actingParticipant, type Decide } from './decision.ts';
import type { PlaceDotSchema } from './placeDot.schema.ts';

export type PlaceDot = z.infer<typeof PlaceDotSchema>;

const REFUSAL_MESSAGES = {
  WRONG_PHASE: 'Dots are placed while the vote is open',
  NOT_FOUND: 'Unknown topic',
  BUDGET_EXCEEDED: 'No dots left',
  CONFLICT: 'No more dots allowed on this topic',
} as const;

export const decidePlaceDot: Decide<PlaceDot> = (state, command, ctx) => {
  const who = actingParticipant(state, ctx, command.asParticipantId);
  if (!who.ok) return who;
  const refusal = dotRefusal(state, who.participantId, command.topicId);
  if (refusal) return fail(refusal, REFUSAL_MESSAGES[refusal]);
  return accept({
    type: 'DotPlaced',
    participantId: who.participantId,
    topicId: command.topicId,
    byFacilitator: who.byFacilitator,
  });
};
