import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { proposalBallot, removeRefusal } from '../rules/voting.ts';
import { accept, actingParticipant, type Decide } from './decision.ts';
import type { RemoveProposalDotSchema } from './removeProposalDot.schema.ts';

export type RemoveProposalDot = z.infer<typeof RemoveProposalDotSchema>;

const REFUSAL_MESSAGES = {
  WRONG_PHASE: 'Dots are removed while the convergence vote is open',
  NOT_FOUND: 'No dot of yours on this proposal',
} as const;

/** Only one's own dots can be taken back, while the ballot is open. */
export const decideRemoveProposalDot: Decide<RemoveProposalDot> = (state, command, ctx) => {
  const who = actingParticipant(state, ctx, command.asParticipantId);
  if (!who.ok) return who;
  const refusal = removeRefusal(proposalBallot(state), who.participantId, command.proposalId);
  if (refusal) return fail(refusal, REFUSAL_MESSAGES[refusal]);
  return accept({
    type: 'ProposalDotRemoved',
    participantId: who.participantId,
    proposalId: command.proposalId,
    byFacilitator: who.byFacilitator,
  });
};
