import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { overlapsAnotherSlot } from './addSlot.ts';
import { accept, type Decide } from './decision.ts';
import type { UpdateSlotSchema } from './updateSlot.schema.ts';

export type UpdateSlot = z.infer<typeof UpdateSlotSchema>;

export const decideUpdateSlot: Decide<UpdateSlot> = (state, command) => {
  if (!(command.slotId in state.slots)) return fail('NOT_FOUND', 'Unknown slot');
  const slot = { id: command.slotId, ...command.times };
  if (overlapsAnotherSlot(state, slot)) return fail('CONFLICT', 'Slots may not overlap');
  return accept({ type: 'SlotUpdated', slot });
};
