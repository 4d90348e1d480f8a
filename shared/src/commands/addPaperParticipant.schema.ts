import { z } from 'zod';
import { PseudonymSchema } from '../model/session.schema.ts';

export const AddPaperParticipantSchema = z.object({
  type: z.literal('addPaperParticipant'),
  pseudonym: PseudonymSchema,
});
