import type { z } from 'zod';
import { phaseAllows } from '../model/phase.ts';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { OpenConvergenceSchema } from './openConvergence.schema.ts';

/**
 * Opens the convergence vote on the proposals the facilitator lists (pre-filled from the groups'
 * notes, then reworded or trimmed by hand): the server takes the wording as given.
 */
export type OpenConvergence = z.infer<typeof OpenConvergenceSchema>;

export const decideOpenConvergence: Decide<OpenConvergence> = (state, command, ctx) => {
  if (!phaseAllows(state.phase, 'converge')) return fail('WRONG_PHASE', 'The convergence vote opens in the closing phase');
  const { convergence } = state;
  if (convergence.status === 'open') return fail('CONFLICT', 'The convergence vote is already open');
  // Replacing a ballot people voted on would throw their dots away.
  if (Object.keys(convergence.dots).length > 0) return fail('CONFLICT', 'Dots were placed on the previous ballot');
  const unknown = command.proposals.find((p) => !(p.slotId in state.slots) || !(p.topicId in state.topics));
  if (unknown) return fail('NOT_FOUND', 'A proposal names an unknown slot or topic');
  return accept({
    type: 'ConvergenceOpened',
    proposals: command.proposals.map((p) => ({ id: ctx.newId('pr'), slotId: p.slotId, topicId: p.topicId, text: p.text })),
  });
};
