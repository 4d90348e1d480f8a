import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { StopTimerSchema } from './stopTimer.schema.ts';

export type StopTimer = z.infer<typeof StopTimerSchema>;

export const decideStopTimer: Decide<StopTimer> = (state) => {
  if (!state.breakouts.timer) return fail('CONFLICT', 'No timer runs');
  return accept({ type: 'TimerStopped' });
};
