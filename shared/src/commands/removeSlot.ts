import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { RemoveSlotSchema } from './removeSlot.schema.ts';

/** Its topics go back to the "not scheduled" list and its groups are dissolved. */
export type RemoveSlot = z.infer<typeof RemoveSlotSchema>;

export const decideRemoveSlot: Decide<RemoveSlot> = (state, command) => {
  if (!(command.slotId in state.slots)) return fail('NOT_FOUND', 'Unknown slot');
  return accept({ type: 'SlotRemoved', slotId: command.slotId });
};
