import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const LeaveGroupSchema = z.object({ type: z.literal('leaveGroup'), slotId: IdSchema });
