import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';
import { SlotTimesSchema } from './addSlot.schema.ts';

export const UpdateSlotSchema = z.object({ type: z.literal('updateSlot'), slotId: IdSchema, times: SlotTimesSchema });
