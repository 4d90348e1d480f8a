import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const RemoveSpaceSchema = z.object({ type: z.literal('removeSpace'), spaceId: IdSchema });
