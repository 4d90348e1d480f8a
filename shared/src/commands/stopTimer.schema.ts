import { z } from 'zod';

export const StopTimerSchema = z.object({ type: z.literal('stopTimer') });
