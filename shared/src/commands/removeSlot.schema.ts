import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const RemoveSlotSchema = z.object({ type: z.literal('removeSlot'), slotId: IdSchema });
