import type { z } from 'zod';
import { scheduleAgenda } from '../planning/index.ts';
import { fail } from '../protocol/errors.ts';
import { orderedSlots, placementsOf } from '../rules/agenda.ts';
import { visibleTopics } from '../selectors/topics.ts';
import { accept, type Decide } from './decision.ts';
import type { ProposeAgendaSchema } from './proposeAgenda.schema.ts';

export type ProposeAgenda = z.infer<typeof ProposeAgendaSchema>;

/**
 * Runs the scheduler on the vote and keeps locked cells. The result is stored in the event,
 * so replaying the log never runs the search again; the seed is the session's version, so
 * the same state always gives the same agenda.
 */
export const decideProposeAgenda: Decide<ProposeAgenda> = (state) => {
  const slots = orderedSlots(state);
  const spaces = Object.values(state.spaces);
  if (slots.length === 0 || spaces.length === 0) return fail('CONFLICT', 'Add at least one space and one slot first');
  const locked = new Set(state.agenda.locked);
  const result = scheduleAgenda({
    topics: visibleTopics(state).map((t) => ({ id: t.id, convenerIds: t.proposerIds })),
    slots,
    spaces,
    dots: state.dots,
    locked: placementsOf(state).filter((p) => locked.has(p.topicId)),
    seed: state.version,
  });
  return accept({ type: 'AgendaProposed', placements: result.placements, conflicts: result.conflicts });
};
