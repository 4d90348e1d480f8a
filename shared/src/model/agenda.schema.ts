import { z } from 'zod';
import { SPACE_CAPACITY_MAX, SPACE_LANGUAGE_MAX, SPACE_NAME_MAX } from './agenda.ts';
import { IdSchema } from './ids.schema.ts';

/** A room or corner where a group meets, e.g. "Salle Iroise, 30, French + Arabic interpreter". */
export const SpaceSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(SPACE_NAME_MAX),
  capacity: z.number().int().min(1).max(SPACE_CAPACITY_MAX),
  /** Working language, as the facilitator writes it ("Français", "Français + arabe"); empty when not said. */
  language: z.string().trim().max(SPACE_LANGUAGE_MAX),
  interpreter: z.boolean(),
});

/** Wall-clock time of day, "HH:MM", as written on the programme; slots are ordered by it. */
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const SlotSchema = z
  .object({ id: IdSchema, start: ClockTimeSchema, end: ClockTimeSchema })
  .refine((slot) => slot.start < slot.end, { message: 'A slot ends after it starts', path: ['end'] });

/** Where a scheduled topic sits in the grid. */
export const CellSchema = z.object({ slotId: IdSchema, spaceId: IdSchema });

export const PlacementSchema = CellSchema.extend({ topicId: IdSchema });

export const AgendaSchema = z.object({
  /** placements[topicId] = its cell; a topic absent here is not scheduled. */
  placements: z.record(z.string(), CellSchema),
  /** Topics whose cell a re-run of "propose an agenda" keeps. */
  locked: z.array(IdSchema),
  published: z.boolean(),
});

/** `assigned`: the app places everyone; `free`: each person picks their group, full groups refuse. */
export const GroupModeSchema = z.enum(['assigned', 'free']);

export const TimerSchema = z.object({
  /** Absolute end time (ms since epoch): every screen counts down to the same instant. */
  endsAt: z.number(),
  /** The slot it times, or null for a phase timer. */
  slotId: IdSchema.nullable(),
});

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
