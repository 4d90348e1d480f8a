import { z } from 'zod';

export const PublishNotesSchema = z.object({ type: z.literal('publishNotes'), published: z.boolean() });
