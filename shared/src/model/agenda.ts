import { z } from 'zod';
import { IdSchema } from './ids.ts';

export const SPACE_NAME_MAX = 60;
export const SPACE_LANGUAGE_MAX = 60;
export const SPACE_CAPACITY_MAX = 2000;
export const SPACES_MAX = 40;
export const SLOTS_MAX = 12;
/** Longest timer a facilitator may start: a whole afternoon. */
export const TIMER_MAX_SECONDS = 6 * 60 * 60;

/** A room or corner where a group meets, e.g. "Salle Iroise, 30, French + Arabic interpreter". */
export const SpaceSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(SPACE_NAME_MAX),
  capacity: z.number().int().min(1).max(SPACE_CAPACITY_MAX),
  /** Working language, as the facilitator writes it ("Français", "Français + arabe"); empty when not said. */
  language: z.string().trim().max(SPACE_LANGUAGE_MAX),
  interpreter: z.boolean(),
});
export type Space = z.infer<typeof SpaceSchema>;

/** Wall-clock time of day, "HH:MM", as written on the programme; slots are ordered by it. */
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const SlotSchema = z
  .object({ id: IdSchema, start: ClockTimeSchema, end: ClockTimeSchema })
  .refine((slot) => slot.start < slot.end, { message: 'A slot ends after it starts', path: ['end'] });
export type Slot = z.infer<typeof SlotSchema>;

/** Where a scheduled topic sits in the grid. */
export const CellSchema = z.object({ slotId: IdSchema, spaceId: IdSchema });
export type Cell = z.infer<typeof CellSchema>;

export const PlacementSchema = CellSchema.extend({ topicId: IdSchema });
export type Placement = z.infer<typeof PlacementSchema>;

export const AgendaSchema = z.object({
  /** placements[topicId] = its cell; a topic absent here is not scheduled. */
  placements: z.record(z.string(), CellSchema),
  /** Topics whose cell a re-run of "propose an agenda" keeps. */
  locked: z.array(IdSchema),
  published: z.boolean(),
});
export type Agenda = z.infer<typeof AgendaSchema>;

/** `assigned`: the app places everyone; `free`: each person picks their group, full groups refuse. */
export const GroupModeSchema = z.enum(['assigned', 'free']);
export type GroupMode = z.infer<typeof GroupModeSchema>;

export const TimerSchema = z.object({
  /** Absolute end time (ms since epoch): every screen counts down to the same instant. */
  endsAt: z.number(),
  /** The slot it times, or null for a phase timer. */
  slotId: IdSchema.nullable(),
});
export type Timer = z.infer<typeof TimerSchema>;

export const BreakoutsSchema = z.object({
  mode: GroupModeSchema,
  /**
   * members[slotId][participantId] = topicId. Who sits in which group is personal:
   * a participant's view holds only their own line (see protocol/projection.ts).
   */
  members: z.record(z.string(), z.record(z.string(), IdSchema)),
  /** headcounts[slotId][topicId] = people in that group; every reader sees these. */
  headcounts: z.record(z.string(), z.record(z.string(), z.number().int().nonnegative())),
  currentSlotId: IdSchema.nullable(),
  timer: TimerSchema.nullable(),
  /** The topic put full screen on the projector while its convener pitches it. */
  spotlightTopicId: IdSchema.nullable(),
});
export type Breakouts = z.infer<typeof BreakoutsSchema>;

export const EMPTY_AGENDA: Agenda = { placements: {}, locked: [], published: false };
export const EMPTY_BREAKOUTS: Breakouts = {
  mode: 'assigned',
  members: {},
  headcounts: {},
  currentSlotId: null,
  timer: null,
  spotlightTopicId: null,
};
