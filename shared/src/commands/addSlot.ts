import type { z } from 'zod';
import { type Slot, SLOTS_MAX } from '../model/agenda.ts';
import type { SessionState } from '../model/session.ts';
import { fail } from '../protocol/errors.ts';
import type { AddSlotSchema } from './addSlot.schema.ts';
import { accept, type Decide } from './decision.ts';

export type AddSlot = z.infer<typeof AddSlotSchema>;

/** Two slots that overlap would let one person be expected in two places at once. */
export function overlapsAnotherSlot(state: SessionState, slot: Slot): boolean {
  return Object.values(state.slots).some((s) => s.id !== slot.id && s.start < slot.end && slot.start < s.end);
}

export const decideAddSlot: Decide<AddSlot> = (state, command, ctx) => {
  if (Object.keys(state.slots).length >= SLOTS_MAX) return fail('CONFLICT', 'As many slots as allowed');
  const slot = { id: ctx.newId('sl'), ...command.times };
  if (overlapsAnotherSlot(state, slot)) return fail('CONFLICT', 'Slots may not overlap');
  return accept({ type: 'SlotAdded', slot });
};
