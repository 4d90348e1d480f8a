import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { placeRefusal, proposalBallot } from '../rules/voting.ts';
import { accept, actingParticipant, type Decide } from './decision.ts';
import type { PlaceProposalDotSchema } from './placeProposalDot.schema.ts';

export type PlaceProposalDot = z.infer<typeof PlaceProposalDotSchema>;

const REFUSAL_MESSAGES = {
  WRONG_PHASE: 'Dots are placed while the convergence vote is open',
  NOT_FOUND: 'Unknown proposal',
  BUDGET_EXCEEDED: 'No dots left',
  CONFLICT: 'No more dots allowed on this proposal',
} as const;

export const decidePlaceProposalDot: Decide<PlaceProposalDot> = (state, command, ctx) => {
  const who = actingParticipant(state, ctx, command.asParticipantId);
  if (!who.ok) return who;
  const refusal = placeRefusal(proposalBallot(state), who.participantId, command.proposalId);
  if (refusal) return fail(refusal, REFUSAL_MESSAGES[refusal]);
  return accept({
    type: 'ProposalDotPlaced',
    participantId: who.participantId,
    proposalId: command.proposalId,
    byFacilitator: who.byFacilitator,
  });
};
