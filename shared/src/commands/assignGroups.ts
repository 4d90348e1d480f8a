import type { z } from 'zod';
import { assignParticipants } from '../planning/index.ts';
import { fail } from '../protocol/errors.ts';
import { orderedSlots, placementsOf } from '../rules/agenda.ts';
import type { AssignGroupsSchema } from './assignGroups.schema.ts';
import { accept, type Decide } from './decision.ts';

export type AssignGroups = z.infer<typeof AssignGroupsSchema>;

/**
 * Seats everyone, slot by slot, by min-cost flow over their dots (planning/assignParticipants.ts).
 * The result is stored in the event: replaying the log never runs the solver again.
 */
export const decideAssignGroups: Decide<AssignGroups> = (state) => {
  if (state.breakouts.mode !== 'assigned') return fail('CONFLICT', 'Groups are chosen freely in this session');
  const placements = placementsOf(state);
  if (placements.length === 0) return fail('CONFLICT', 'Schedule topics before assigning groups');
  const { assignments } = assignParticipants({
    slots: orderedSlots(state),
    placements,
    spaces: Object.values(state.spaces),
    dots: state.dots,
    participantIds: Object.keys(state.participants),
    conveners: Object.fromEntries(placements.map((p) => [p.topicId, state.topics[p.topicId]?.proposerIds ?? []])),
  });
  const headcounts: Record<string, Record<string, number>> = {};
  for (const [slotId, bySlot] of Object.entries(assignments)) {
    const counts: Record<string, number> = {};
    for (const topicId of Object.values(bySlot)) counts[topicId] = (counts[topicId] ?? 0) + 1;
    headcounts[slotId] = counts;
  }
  return accept({ type: 'GroupsAssigned', assignments, headcounts });
};
