import type { z } from 'zod';
import type { AddPaperParticipantSchema } from './addPaperParticipant.schema.ts';
import type { Decide } from './decision.ts';
import { admitParticipant } from './joinSession.ts';

export type AddPaperParticipant = z.infer<typeof AddPaperParticipantSchema>;

/** Someone without a phone: the facilitator enters their topics and dots for them. */
export const decideAddPaperParticipant: Decide<AddPaperParticipant> = (state, command, ctx) =>
  admitParticipant(state, command.pseudonym, true, ctx);
