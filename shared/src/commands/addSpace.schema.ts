import { z } from 'zod';
import { SpaceSchema } from '../model/agenda.schema.ts';

export const AddSpaceSchema = z.object({ type: z.literal('addSpace'), space: SpaceSchema.omit({ id: true }) });
