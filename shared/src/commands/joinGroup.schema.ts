import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const JoinGroupSchema = z.object({ type: z.literal('joinGroup'), slotId: IdSchema, topicId: IdSchema });
