import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const MoveParticipantSchema = z.object({
  type: z.literal('moveParticipant'),
  participantId: IdSchema,
  slotId: IdSchema,
  topicId: IdSchema.nullable(),
});
