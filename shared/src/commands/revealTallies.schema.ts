import { z } from 'zod';

export const RevealTalliesSchema = z.object({ type: z.literal('revealTallies'), revealed: z.boolean() });
