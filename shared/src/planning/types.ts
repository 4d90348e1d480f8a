/**
 * Plain data for the two planning steps, on purpose independent of the session model: the
 * caller projects its state into these shapes, so the algorithms can be tested and
 * benchmarked on their own. Ids are assumed unique within each list.
 */

export interface PlanningTopic {
  id: string;
  convenerIds: string[];
}

export interface Space {
  id: string;
  /** Seats; read as a whole number of at least 0. */
  capacity: number;
}

/** Slots are given in time order; that order is kept everywhere. */
export interface Slot {
  id: string;
}

/** dots[participantId][topicId] = how many dots that participant put on that topic. */
export type Dots = Record<string, Record<string, number>>;

/** One topic in one cell of the grid (slot x space). */
export interface Placement {
  topicId: string;
  slotId: string;
  spaceId: string;
}

export interface ScheduleInput {
  topics: PlanningTopic[];
  slots: Slot[];
  spaces: Space[];
  dots: Dots;
  /** Cells the facilitator fixed by hand; kept exactly as given. */
  locked: Placement[];
  /** Seed of the search; the same input and seed always give the same agenda. */
  seed?: number;
  /** Work budget of the local search, in proposed moves (not wall time, so it stays deterministic). */
  iterations?: number;
}

export interface ScheduleResult {
  /** Every placed topic, locked ones included, slot by slot and largest space first. */
  placements: Placement[];
  /** Topic ids that got no cell, most-voted first. */
  unscheduled: string[];
  /** See conflicts.ts for the exact definition. */
  conflicts: number;
  clashPairs: number;
}

export interface AssignInput {
  slots: Slot[];
  placements: Placement[];
  spaces: Space[];
  dots: Dots;
  participantIds: string[];
  /** conveners[topicId] = who leads it: each is seated in their own group first, in its slot. */
  conveners?: Record<string, string[]>;
}

/** How well an assignment matches the dots; see assignmentQuality.ts for the exact definitions. */
export interface AssignmentQuality {
  placedShare: number;
  topChoiceShare: number;
  unassigned: number;
  emptyGroups: number;
  fullGroups: number;
}

export interface AssignmentResult {
  /** assignments[slotId][participantId] = topicId; a participant without a seat is absent. */
  assignments: Record<string, Record<string, string>>;
  quality: AssignmentQuality;
}
