import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { StartTimerSchema } from './startTimer.schema.ts';

/** Starts a countdown; the event holds the absolute end time so every screen ends at the same instant. */
export type StartTimer = z.infer<typeof StartTimerSchema>;

export const decideStartTimer: Decide<StartTimer> = (state, command, ctx) => {
  if (command.slotId !== null && !(command.slotId in state.slots)) return fail('NOT_FOUND', 'Unknown slot');
  return accept({ type: 'TimerStarted', timer: { endsAt: ctx.now + command.durationSeconds * 1000, slotId: command.slotId } });
};
