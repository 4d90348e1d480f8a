import { z } from 'zod';

export const ProposeAgendaSchema = z.object({ type: z.literal('proposeAgenda') });
