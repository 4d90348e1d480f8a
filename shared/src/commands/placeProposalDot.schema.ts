import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const PlaceProposalDotSchema = z.object({
  type: z.literal('placeProposalDot'),
  proposalId: IdSchema,
  asParticipantId: IdSchema.optional(),
});
