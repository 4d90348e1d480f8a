import { z } from 'zod';
import { PHASES, type PhaseId } from './phase.ts';

const phaseIds = PHASES.map((p) => p.id) as [PhaseId, ...PhaseId[]];
export const PhaseIdSchema = z.enum(phaseIds);
