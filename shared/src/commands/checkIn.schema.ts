import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const CheckInSchema = z.object({ type: z.literal('checkIn'), spaceId: IdSchema });
