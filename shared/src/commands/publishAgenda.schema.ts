import { z } from 'zod';

export const PublishAgendaSchema = z.object({ type: z.literal('publishAgenda'), published: z.boolean() });
