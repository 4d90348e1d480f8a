import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';

export const SetCurrentSlotSchema = z.object({ type: z.literal('setCurrentSlot'), slotId: IdSchema.nullable() });
