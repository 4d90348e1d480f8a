import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const LockTopicSchema = z.object({ type: z.literal('lockTopic'), topicId: IdSchema, locked: z.boolean() });
