import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { SetCurrentSlotSchema } from './setCurrentSlot.schema.ts';

/** The slot under way: the projector shows it, and a check-in at a door joins its group. */
export type SetCurrentSlot = z.infer<typeof SetCurrentSlotSchema>;

export const decideSetCurrentSlot: Decide<SetCurrentSlot> = (state, command) => {
  if (command.slotId !== null && !(command.slotId in state.slots)) return fail('NOT_FOUND', 'Unknown slot');
  if (state.breakouts.currentSlotId === command.slotId) return fail('CONFLICT', 'Already the current slot');
  return accept({ type: 'CurrentSlotChanged', slotId: command.slotId });
};
