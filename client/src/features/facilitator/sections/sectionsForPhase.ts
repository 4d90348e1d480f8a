import type { PhaseId } from '@forum-ouvert/shared';

export type SectionId = 'spaces' | 'agenda' | 'groups' | 'timer' | 'spotlight' | 'notes' | 'convergence';

export interface SectionPlan {
  id: SectionId;
  /** Open when the phase starts; the facilitator can still open or close it. */
  open: boolean;
}

const closed = (id: SectionId): SectionPlan => ({ id, open: false });
const opened = (id: SectionId): SectionPlan => ({ id, open: true });

/**
 * Which planning sections the console shows in each phase, most useful first. Spaces, slots and
 * the timer are there in every phase (rooms can change during the day, a phase can be timed);
 * the rest appears once it makes sense. A new phase without a line here does not compile.
 */
const LAYOUT = {
  lobby: [opened('spaces'), closed('timer')],
  marketplace: [opened('spotlight'), closed('timer'), closed('spaces')],
  voting: [closed('spaces'), closed('agenda'), closed('timer'), closed('spotlight')],
  agenda: [opened('agenda'), closed('groups'), closed('timer'), closed('spaces'), closed('spotlight')],
  breakouts: [opened('groups'), opened('timer'), closed('notes'), closed('agenda'), closed('spaces'), closed('spotlight')],
  closing: [opened('convergence'), opened('notes'), closed('agenda'), closed('groups'), closed('spotlight'), closed('timer'), closed('spaces')],
} satisfies Record<PhaseId, SectionPlan[]>;

export function sectionsForPhase(phase: PhaseId): readonly SectionPlan[] {
  return LAYOUT[phase];
}
