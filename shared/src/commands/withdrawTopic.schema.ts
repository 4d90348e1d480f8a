import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const WithdrawTopicSchema = z.object({ type: z.literal('withdrawTopic'), topicId: IdSchema });
