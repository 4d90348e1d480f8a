import { z } from 'zod';
import { AgendaSchema, BreakoutsSchema, SlotSchema, SpaceSchema } from './agenda.schema.ts';
import { IdSchema } from './ids.schema.ts';
import { LanguageSchema } from './languages.schema.ts';
import { LIMITS } from './limits.ts';
import { PhaseIdSchema } from './phase.schema.ts';
import { VoteSettingsSchema } from './settings.schema.ts';
import { ThemeSchema } from './theme.schema.ts';

export const PseudonymSchema = z.string().trim().max(LIMITS.pseudonymMax);
export const TopicTitleSchema = z.string().trim().min(1).max(LIMITS.topicTitleMax);
export const TopicDescriptionSchema = z.string().trim().max(LIMITS.topicDescriptionMax);

export const ParticipantSchema = z.object({
  id: IdSchema,
  pseudonym: z.string(),
  joinedAt: z.number(),
  /** Entered by the facilitator for someone without a phone. */
  paper: z.boolean(),
  /**
   * Whether every screen may show this pseudonym: true once the person proposed a topic, since
   * conveners are named on the agenda. Anyone else's pseudonym stays with the facilitators.
   */
  named: z.boolean(),
});

/** One original wording of a topic; a merged topic keeps every wording it was made of. */
export const WordingSchema = z.object({
  title: z.string(),
  description: z.string(),
  proposerId: IdSchema,
});

export const TopicTranslationSchema = z.object({
  title: z.string(),
  /** Who wrote it; null when a facilitator did. */
  translatorId: IdSchema.nullable(),
  at: z.number(),
});

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
  /** The language the title was written in, when the proposer's phone said so. */
  language: LanguageSchema.nullable().default(null),
  /** Titles in other languages, added by readers; cleared when the original title changes. */
  translations: z.partialRecord(LanguageSchema, TopicTranslationSchema).default({}),
});

/** Dots per participant per topic: `dots[participantId][topicId] = count`. */
export const DotsSchema = z.record(z.string(), z.record(z.string(), z.number().int().positive()));

/** A proposal of the convergence vote, written by a group (a topic meeting in a slot). */
export const ProposalSchema = z.object({
  id: IdSchema,
  slotId: IdSchema,
  topicId: IdSchema,
  text: z.string(),
});

export const ConvergenceStatusSchema = z.enum(['draft', 'open', 'closed']);

/**
 * The closing vote on the groups' proposals: the same dot rules and options (`settings`) as the
 * topic vote, with its own ballot, tallies and reveal.
 */
export const ConvergenceSchema = z.object({
  status: ConvergenceStatusSchema,
  /** By id, in the order the facilitator listed them. */
  proposals: z.record(z.string(), ProposalSchema),
  /** Dots per participant per proposal: `dots[participantId][proposalId] = count`. */
  dots: DotsSchema,
  /** Dots per proposal; `null` in a view whose reader may not see them yet. */
  tallies: z.record(z.string(), z.number().int()).nullable(),
  /** Whether the facilitator showed the tallies to everyone (they always show in `live` mode). */
  revealed: z.boolean(),
});

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
  /**
   * Facilitators see everyone; a participant sees themself and the named; a projector only the named.
   * A room of 2,000 then no longer sends 2,000 pseudonyms to every phone.
   */
  participants: z.record(z.string(), ParticipantSchema),
  /** Everyone who joined, on a phone or on paper: views list fewer `participants` than this. */
  participantCount: z.number().int().nonnegative(),
  topics: z.record(z.string(), TopicSchema),
  dots: DotsSchema,
  /** Dots per topic; `null` in a view whose reader may not see tallies yet. */
  tallies: z.record(z.string(), z.number().int()).nullable(),
  spaces: z.record(z.string(), SpaceSchema),
  /** Time slots by id; `orderedSlots` sorts them by start time. */
  slots: z.record(z.string(), SlotSchema),
  agenda: AgendaSchema,
  breakouts: BreakoutsSchema,
  /** Once true, everyone (participants, projector) may read every group's notes: the "newspaper". */
  notesPublished: z.boolean(),
  convergence: ConvergenceSchema,
  /** Sequence number of the last event applied. */
  version: z.number().int().nonnegative(),
});
