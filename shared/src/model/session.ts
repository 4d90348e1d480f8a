import type { z } from 'zod';
import type {
  ConvergenceSchema,
  ConvergenceStatusSchema,
  DotsSchema,
  ParticipantSchema,
  ProposalSchema,
  SessionStateSchema,
  TopicSchema,
  TopicTranslationSchema,
  WordingSchema,
} from './session.schema.ts';

export type Participant = z.infer<typeof ParticipantSchema>;
export type Wording = z.infer<typeof WordingSchema>;
export type TopicTranslation = z.infer<typeof TopicTranslationSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Dots = z.infer<typeof DotsSchema>;
export type Proposal = z.infer<typeof ProposalSchema>;
export type ConvergenceStatus = z.infer<typeof ConvergenceStatusSchema>;
export type Convergence = z.infer<typeof ConvergenceSchema>;
export type SessionState = z.infer<typeof SessionStateSchema>;

export const EMPTY_CONVERGENCE: Convergence = { status: 'draft', proposals: {}, dots: {}, tallies: {}, revealed: false };
