import type { z } from 'zod';
import type {
  AgendaSchema,
  BreakoutsSchema,
  CellSchema,
  GroupModeSchema,
  PlacementSchema,
  SlotSchema,
  SpaceSchema,
  TimerSchema,
} from './agenda.schema.ts';

export type Space = z.infer<typeof SpaceSchema>;
export type Slot = z.infer<typeof SlotSchema>;
export type Cell = z.infer<typeof CellSchema>;
export type Placement = z.infer<typeof PlacementSchema>;
export type Agenda = z.infer<typeof AgendaSchema>;
export type GroupMode = z.infer<typeof GroupModeSchema>;
export type Timer = z.infer<typeof TimerSchema>;
export type Breakouts = z.infer<typeof BreakoutsSchema>;

export const SPACE_NAME_MAX = 60;
export const SPACE_LANGUAGE_MAX = 60;
export const SPACE_CAPACITY_MAX = 2000;
export const SPACES_MAX = 40;
export const SLOTS_MAX = 12;
/** Longest timer a facilitator may start: a whole afternoon. */
export const TIMER_MAX_SECONDS = 6 * 60 * 60;

export const EMPTY_AGENDA: Agenda = { placements: {}, locked: [], published: false };
export const EMPTY_BREAKOUTS: Breakouts = {
  mode: 'assigned',
  members: {},
  headcounts: {},
  currentSlotId: null,
  timer: null,
  spotlightTopicId: null,
};
