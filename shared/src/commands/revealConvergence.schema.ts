import { z } from 'zod';

export const RevealConvergenceSchema = z.object({ type: z.literal('revealConvergence'), revealed: z.boolean() });
