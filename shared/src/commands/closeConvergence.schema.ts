import { z } from 'zod';

export const CloseConvergenceSchema = z.object({ type: z.literal('closeConvergence') });
