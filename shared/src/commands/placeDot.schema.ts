import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const PlaceDotSchema = z.object({
  type: z.literal('placeDot'),
  topicId: IdSchema,
  asParticipantId: IdSchema.optional(),
});
