export type * from './types.ts';
export { scheduleAgenda, DEFAULT_ITERATIONS, DEFAULT_SEED } from './scheduleAgenda.ts';
export { assignParticipants } from './assignParticipants.ts';
export { measureConflicts, type ConflictMeasure } from './conflicts.ts';
export { assignmentScore, measureAssignment } from './assignmentQuality.ts';
export { scheduleViolations, assignmentViolations } from './invariants.ts';
