import { z } from 'zod';
import { LIMITS } from './limits.ts';

export const TallyModeSchema = z.enum(['live', 'hidden']);

export const VoteSettingsSchema = z.object({
  /** Dots each participant may place. */
  dotBudget: z.number().int().min(1).max(LIMITS.dotBudgetMax),
  /** Whether one person may put several of their dots on the same topic. */
  allowStacking: z.boolean(),
  /** `live`: everyone sees the tallies as they move; `hidden`: only the facilitator, until the reveal. */
  tallyMode: TallyModeSchema,
});
