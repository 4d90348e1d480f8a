import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';
import { LIMITS } from '../model/limits.ts';

/** One proposal as listed: the group (topic in a slot) it comes from and its wording. */
const ProposalDraftSchema = z.object({
  slotId: IdSchema,
  topicId: IdSchema,
  text: z.string().trim().min(1).max(LIMITS.proposalTextMax),
});

export const OpenConvergenceSchema = z.object({
  type: z.literal('openConvergence'),
  proposals: z.array(ProposalDraftSchema).min(1).max(LIMITS.proposalsPerBallot),
});
