import { z } from 'zod';
import { CellSchema } from '../model/agenda.schema.ts';
import { IdSchema } from '../model/ids.schema.ts';

export const MoveTopicSchema = z.object({ type: z.literal('moveTopic'), topicId: IdSchema, to: CellSchema.nullable() });
