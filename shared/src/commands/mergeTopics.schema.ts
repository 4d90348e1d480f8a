import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const MergeTopicsSchema = z.object({
  type: z.literal('mergeTopics'),
  sourceId: IdSchema,
  targetId: IdSchema,
});
