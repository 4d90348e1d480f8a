import { z } from 'zod';
import { PseudonymSchema } from '../model/session.ts';
import type { Decide } from './decision.ts';
import { admitParticipant } from './joinSession.ts';

export const AddPaperParticipantSchema = z.object({
  type: z.literal('addPaperParticipant'),
  pseudonym: PseudonymSchema,
});
export type AddPaperParticipant = z.infer<typeof AddPaperParticipantSchema>;

/** Someone without a phone: the facilitator enters their topics and dots for them. */
export const decideAddPaperParticipant: Decide<AddPaperParticipant> = (state, command, ctx) =>
  admitParticipant(state, command.pseudonym, true, ctx);
