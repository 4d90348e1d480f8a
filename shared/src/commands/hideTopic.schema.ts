import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const SetTopicHiddenSchema = z.object({
  type: z.literal('setTopicHidden'),
  topicId: IdSchema,
  hidden: z.boolean(),
});
