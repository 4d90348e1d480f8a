import { z } from 'zod';
import { IdSchema } from './ids.ts';
import { LIMITS } from './limits.ts';
import { PhaseIdSchema } from './phase.ts';
import { VoteSettingsSchema } from './settings.ts';
import { ThemeSchema } from './theme.ts';

export const PseudonymSchema = z.string().trim().max(LIMITS.pseudonymMax);
export const TopicTitleSchema = z.string().trim().min(1).max(LIMITS.topicTitleMax);
export const TopicDescriptionSchema = z.string().trim().max(LIMITS.topicDescriptionMax);

export const ParticipantSchema = z.object({
  id: IdSchema,
  pseudonym: z.string(),
  joinedAt: z.number(),
  /** Entered by the facilitator for someone without a phone. */
  paper: z.boolean(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** One original wording of a topic; a merged topic keeps every wording it was made of. */
export const WordingSchema = z.object({
  title: z.string(),
  description: z.string(),
  proposerId: IdSchema,
});
export type Wording = z.infer<typeof WordingSchema>;

export const TopicSchema = z.object({
  id: IdSchema,
  title: z.string(),
  description: z.string(),
  themeId: IdSchema.nullable(),
  proposerIds: z.array(IdSchema),
  wordings: z.array(WordingSchema),
  hidden: z.boolean(),
  enteredByFacilitator: z.boolean(),
  createdAt: z.number(),
});
export type Topic = z.infer<typeof TopicSchema>;

/** Dots per participant per topic: `dots[participantId][topicId] = count`. */
export const DotsSchema = z.record(z.string(), z.record(z.string(), z.number().int().positive()));
export type Dots = z.infer<typeof DotsSchema>;

export const SessionStateSchema = z.object({
  id: IdSchema,
  code: z.string(),
  title: z.string(),
  question: z.string(),
  createdAt: z.number(),
  themes: z.array(ThemeSchema),
  phase: PhaseIdSchema,
  settings: VoteSettingsSchema,
  talliesRevealed: z.boolean(),
  participants: z.record(z.string(), ParticipantSchema),
  topics: z.record(z.string(), TopicSchema),
  dots: DotsSchema,
  /** Dots per topic; `null` in a view whose reader may not see tallies yet. */
  tallies: z.record(z.string(), z.number().int()).nullable(),
  /** Sequence number of the last event applied. */
  version: z.number().int().nonnegative(),
});
export type SessionState = z.infer<typeof SessionStateSchema>;
