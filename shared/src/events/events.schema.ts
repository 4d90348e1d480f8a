import { z } from 'zod';
import { GroupModeSchema, PlacementSchema, SlotSchema, SpaceSchema, TimerSchema } from '../model/agenda.schema.ts';
import { IdSchema } from '../model/ids.schema.ts';
import { LanguageSchema } from '../model/languages.schema.ts';
import { PhaseIdSchema } from '../model/phase.schema.ts';
import { ParticipantSchema, ProposalSchema } from '../model/session.schema.ts';
import { VoteSettingsSchema } from '../model/settings.schema.ts';
import { ThemeSchema } from '../model/theme.schema.ts';

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
  /** Absent from events logged before topics had a language. */
  language: LanguageSchema.nullable().optional(),
});

const TopicEdited = z.object({
  type: z.literal('TopicEdited'),
  topicId: IdSchema,
  title: z.string(),
  description: z.string(),
  themeId: IdSchema.nullable(),
  byFacilitator: z.boolean(),
  /** Absent when the language is left as it was. */
  language: LanguageSchema.nullable().optional(),
});

const TopicTranslated = z.object({
  type: z.literal('TopicTranslated'),
  topicId: IdSchema,
  language: LanguageSchema,
  title: z.string(),
  translatorId: IdSchema.nullable(),
  at: z.number(),
});
const TopicTranslationRemoved = z.object({ type: z.literal('TopicTranslationRemoved'), topicId: IdSchema, language: LanguageSchema });

const TopicWithdrawn = z.object({ type: z.literal('TopicWithdrawn'), topicId: IdSchema });
const TopicHidden = z.object({ type: z.literal('TopicHidden'), topicId: IdSchema });
const TopicRestored = z.object({ type: z.literal('TopicRestored'), topicId: IdSchema });

export const RefundSchema = z.object({ participantId: IdSchema, count: z.number().int().positive() });

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

const SpaceAdded = z.object({ type: z.literal('SpaceAdded'), space: SpaceSchema });
const SpaceUpdated = z.object({ type: z.literal('SpaceUpdated'), space: SpaceSchema });
/** Topics scheduled in the space become unscheduled; their groups are dissolved. */
const SpaceRemoved = z.object({ type: z.literal('SpaceRemoved'), spaceId: IdSchema });
const SlotAdded = z.object({ type: z.literal('SlotAdded'), slot: SlotSchema });
const SlotUpdated = z.object({ type: z.literal('SlotUpdated'), slot: SlotSchema });
const SlotRemoved = z.object({ type: z.literal('SlotRemoved'), slotId: IdSchema });

/** The result of "propose an agenda": every placement (locked ones included) and the conflict figure. */
const AgendaProposed = z.object({
  type: z.literal('AgendaProposed'),
  placements: z.array(PlacementSchema),
  conflicts: z.number().int().nonnegative(),
});

/**
 * A topic moved by hand to a cell (or out of the grid when `to` is null). When the cell held
 * `swappedTopicId`, that topic takes the moved topic's former cell (or leaves the grid).
 */
const TopicMoved = z.object({
  type: z.literal('TopicMoved'),
  topicId: IdSchema,
  to: z.object({ slotId: IdSchema, spaceId: IdSchema }).nullable(),
  swappedTopicId: IdSchema.nullable(),
});
const TopicLockChanged = z.object({ type: z.literal('TopicLockChanged'), topicId: IdSchema, locked: z.boolean() });
const AgendaPublished = z.object({ type: z.literal('AgendaPublished'), published: z.boolean() });
const GroupModeChanged = z.object({ type: z.literal('GroupModeChanged'), mode: GroupModeSchema });

/** The app's assignment: assignments[slotId][participantId] = topicId, replacing every group; headcounts follow. */
const GroupsAssigned = z.object({
  type: z.literal('GroupsAssigned'),
  assignments: z.record(z.string(), z.record(z.string(), IdSchema)),
  headcounts: z.record(z.string(), z.record(z.string(), z.number().int().nonnegative())),
});

export const GroupMoveViaSchema = z.enum(['self', 'facilitator', 'checkin']);
/** Someone joins a group of a slot, leaving `fromTopicId`'s group of that slot if they were in one. */
const GroupJoined = z.object({
  type: z.literal('GroupJoined'),
  participantId: IdSchema,
  slotId: IdSchema,
  topicId: IdSchema,
  fromTopicId: IdSchema.nullable(),
  via: GroupMoveViaSchema,
});
const GroupLeft = z.object({
  type: z.literal('GroupLeft'),
  participantId: IdSchema,
  slotId: IdSchema,
  fromTopicId: IdSchema,
  via: GroupMoveViaSchema,
});
const TimerStarted = z.object({ type: z.literal('TimerStarted'), timer: TimerSchema });
const TimerStopped = z.object({ type: z.literal('TimerStopped') });
const CurrentSlotChanged = z.object({ type: z.literal('CurrentSlotChanged'), slotId: IdSchema.nullable() });
const SpotlightChanged = z.object({ type: z.literal('SpotlightChanged'), topicId: IdSchema.nullable() });
/** Every group's notes become readable by everyone (or private to their groups again). */
const NotesPublished = z.object({ type: z.literal('NotesPublished'), published: z.boolean() });

/** The convergence vote opens on these proposals, in this order, with an empty ballot (replacing any earlier one). */
const ConvergenceOpened = z.object({ type: z.literal('ConvergenceOpened'), proposals: z.array(ProposalSchema) });
const ConvergenceClosed = z.object({ type: z.literal('ConvergenceClosed') });
const ConvergenceRevealed = z.object({ type: z.literal('ConvergenceRevealed') });
const ConvergenceHidden = z.object({ type: z.literal('ConvergenceHidden') });
const ProposalDotPlaced = z.object({
  type: z.literal('ProposalDotPlaced'),
  participantId: IdSchema,
  proposalId: IdSchema,
  byFacilitator: z.boolean(),
});
const ProposalDotRemoved = z.object({
  type: z.literal('ProposalDotRemoved'),
  participantId: IdSchema,
  proposalId: IdSchema,
  byFacilitator: z.boolean(),
});

/**
 * View-only: what a reader who may count people, but not know who they are,
 * receives instead of someone else's GroupJoined / GroupLeft. Never stored.
 */
const HeadcountsMoved = z.object({
  type: z.literal('HeadcountsMoved'),
  slotId: IdSchema,
  fromTopicId: IdSchema.nullable(),
  toTopicId: IdSchema.nullable(),
});

/**
 * View-only: what a reader who may see tallies, but not whose dots they are,
 * receives instead of someone else's DotPlaced / DotRemoved. Never stored.
 */
const TallyChanged = z.object({ type: z.literal('TallyChanged'), topicId: IdSchema, delta: z.number().int() });
/** View-only: someone else joined. Screens count them without learning their pseudonym. Never stored. */
const ParticipantCounted = z.object({ type: z.literal('ParticipantCounted') });
/**
 * View-only: the first topic of someone other screens did not know, with their record: proposing
 * names a person (every screen shows who convenes). Never stored, so no archive can forge a record.
 */
const ConvenerNamed = z.object({ type: z.literal('ConvenerNamed'), proposer: ParticipantSchema, topic: TopicProposed });
/** View-only: the same for someone else's ProposalDotPlaced / ProposalDotRemoved. Never stored. */
const ProposalTallyChanged = z.object({ type: z.literal('ProposalTallyChanged'), proposalId: IdSchema, delta: z.number().int() });

export const StoredEventSchema = z.discriminatedUnion('type', [
  SessionCreated,
  ParticipantJoined,
  PhaseChanged,
  VoteSettingsChanged,
  TalliesRevealed,
  TalliesHidden,
  TopicProposed,
  TopicEdited,
  TopicTranslated,
  TopicTranslationRemoved,
  TopicWithdrawn,
  TopicHidden,
  TopicRestored,
  TopicsMerged,
  DotPlaced,
  DotRemoved,
  SpaceAdded,
  SpaceUpdated,
  SpaceRemoved,
  SlotAdded,
  SlotUpdated,
  SlotRemoved,
  AgendaProposed,
  TopicMoved,
  TopicLockChanged,
  AgendaPublished,
  GroupModeChanged,
  GroupsAssigned,
  GroupJoined,
  GroupLeft,
  TimerStarted,
  TimerStopped,
  CurrentSlotChanged,
  SpotlightChanged,
  NotesPublished,
  ConvergenceOpened,
  ConvergenceClosed,
  ConvergenceRevealed,
  ConvergenceHidden,
  ProposalDotPlaced,
  ProposalDotRemoved,
]);

export const SessionEventSchema = z.discriminatedUnion('type', [
  ...StoredEventSchema.options,
  TallyChanged,
  HeadcountsMoved,
  ProposalTallyChanged,
  ParticipantCounted,
  ConvenerNamed,
]);

/** An event with its place in the session's stream. */
export const SequencedEventSchema = z.object({ seq: z.number().int().positive(), event: SessionEventSchema });
