import { z } from 'zod';
import { TIMER_MAX_SECONDS } from '../model/agenda.ts';
import { IdSchema } from '../model/ids.ts';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';

/** Starts a countdown; the event holds the absolute end time so every screen ends at the same instant. */
export const StartTimerSchema = z.object({
  type: z.literal('startTimer'),
  durationSeconds: z.number().int().min(1).max(TIMER_MAX_SECONDS),
  slotId: IdSchema.nullable(),
});
export type StartTimer = z.infer<typeof StartTimerSchema>;

export const decideStartTimer: Decide<StartTimer> = (state, command, ctx) => {
  if (command.slotId !== null && !(command.slotId in state.slots)) return fail('NOT_FOUND', 'Unknown slot');
  return accept({ type: 'TimerStarted', timer: { endsAt: ctx.now + command.durationSeconds * 1000, slotId: command.slotId } });
};
