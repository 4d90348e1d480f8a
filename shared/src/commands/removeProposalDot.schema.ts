import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const RemoveProposalDotSchema = z.object({
  type: z.literal('removeProposalDot'),
  proposalId: IdSchema,
  asParticipantId: IdSchema.optional(),
});
