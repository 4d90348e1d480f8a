import { z } from 'zod';
import { IdSchema } from '../model/ids.ts';
import { PhaseIdSchema } from '../model/phase.ts';
import { VoteSettingsSchema } from '../model/settings.ts';
import { ThemeSchema } from '../model/theme.ts';

const SessionCreated = z.object({
  type: z.literal('SessionCreated'),
  sessionId: IdSchema,
  code: z.string(),
  title: z.string(),
  question: z.string(),
  themes: z.array(ThemeSchema),
  settings: VoteSettingsSchema,
  at: z.number(),
});

const ParticipantJoined = z.object({
  type: z.literal('ParticipantJoined'),
  participantId: IdSchema,
  pseudonym: z.string(),
  paper: z.boolean(),
  at: z.number(),
});

const PhaseChanged = z.object({ type: z.literal('PhaseChanged'), phase: PhaseIdSchema });
const VoteSettingsChanged = z.object({ type: z.literal('VoteSettingsChanged'), settings: VoteSettingsSchema });
const TalliesRevealed = z.object({ type: z.literal('TalliesRevealed') });
const TalliesHidden = z.object({ type: z.literal('TalliesHidden') });

const TopicProposed = z.object({
  type: z.literal('TopicProposed'),
  topicId: IdSchema,
  title: z.string(),
  description: z.string(),
  themeId: IdSchema.nullable(),
  proposerId: IdSchema,
  enteredByFacilitator: z.boolean(),
  at: z.number(),
});

const TopicEdited = z.object({
  type: z.literal('TopicEdited'),
  topicId: IdSchema,
  title: z.string(),
  description: z.string(),
  themeId: IdSchema.nullable(),
  byFacilitator: z.boolean(),
});

const TopicWithdrawn = z.object({ type: z.literal('TopicWithdrawn'), topicId: IdSchema });
const TopicHidden = z.object({ type: z.literal('TopicHidden'), topicId: IdSchema });
const TopicRestored = z.object({ type: z.literal('TopicRestored'), topicId: IdSchema });

export const RefundSchema = z.object({ participantId: IdSchema, count: z.number().int().positive() });
export type Refund = z.infer<typeof RefundSchema>;

const TopicsMerged = z.object({
  type: z.literal('TopicsMerged'),
  sourceId: IdSchema,
  targetId: IdSchema,
  /** Dots given back to people who would exceed the per-topic limit on the merged topic. */
  refunds: z.array(RefundSchema),
  /** Sum of all refunds; kept apart so that a view with only its own refunds still counts right. */
  refundTotal: z.number().int().nonnegative(),
});

const DotPlaced = z.object({
  type: z.literal('DotPlaced'),
  participantId: IdSchema,
  topicId: IdSchema,
  byFacilitator: z.boolean(),
});

const DotRemoved = z.object({
  type: z.literal('DotRemoved'),
  participantId: IdSchema,
  topicId: IdSchema,
  byFacilitator: z.boolean(),
});

/**
 * View-only: what a reader who may see tallies, but not whose dots they are,
 * receives instead of someone else's DotPlaced / DotRemoved. Never stored.
 */
const TallyChanged = z.object({ type: z.literal('TallyChanged'), topicId: IdSchema, delta: z.number().int() });

export const StoredEventSchema = z.discriminatedUnion('type', [
  SessionCreated,
  ParticipantJoined,
  PhaseChanged,
  VoteSettingsChanged,
  TalliesRevealed,
  TalliesHidden,
  TopicProposed,
  TopicEdited,
  TopicWithdrawn,
  TopicHidden,
  TopicRestored,
  TopicsMerged,
  DotPlaced,
  DotRemoved,
]);
export type StoredEvent = z.infer<typeof StoredEventSchema>;

export const SessionEventSchema = z.discriminatedUnion('type', [...StoredEventSchema.options, TallyChanged]);
export type SessionEvent = z.infer<typeof SessionEventSchema>;
export type SessionCreated = z.infer<typeof SessionCreated>;
export type EventOf<T extends SessionEvent['type']> = Extract<SessionEvent, { type: T }>;

/** An event with its place in the session's stream. */
export const SequencedEventSchema = z.object({ seq: z.number().int().positive(), event: SessionEventSchema });
export type SequencedEvent = z.infer<typeof SequencedEventSchema>;
