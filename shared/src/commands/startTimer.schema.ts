import { z } from 'zod';
import { TIMER_MAX_SECONDS } from '../model/agenda.ts';
import { IdSchema } from '../model/ids.schema.ts';

export const StartTimerSchema = z.object({
  type: z.literal('startTimer'),
  durationSeconds: z.number().int().min(1).max(TIMER_MAX_SECONDS),
  slotId: IdSchema.nullable(),
});
