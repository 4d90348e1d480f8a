import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const RemoveDotSchema = z.object({
  type: z.literal('removeDot'),
  topicId: IdSchema,
  asParticipantId: IdSchema.optional(),
});
