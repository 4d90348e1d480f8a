import { z } from 'zod';
import { PhaseIdSchema } from '../model/phase.schema.ts';

export const SetPhaseSchema = z.object({ type: z.literal('setPhase'), phase: PhaseIdSchema });
