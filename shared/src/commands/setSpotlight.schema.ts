import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const SetSpotlightSchema = z.object({ type: z.literal('setSpotlight'), topicId: IdSchema.nullable() });
