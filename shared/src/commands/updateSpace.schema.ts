import { z } from 'zod';
import { SpaceSchema } from '../model/agenda.schema.ts';

export const UpdateSpaceSchema = z.object({ type: z.literal('updateSpace'), space: SpaceSchema });
