import { z } from 'zod';
import { ClockTimeSchema } from '../model/agenda.schema.ts';

export const SlotTimesSchema = z
  .object({ start: ClockTimeSchema, end: ClockTimeSchema })
  .refine((s) => s.start < s.end, { message: 'A slot ends after it starts', path: ['end'] });

export const AddSlotSchema = z.object({ type: z.literal('addSlot'), times: SlotTimesSchema });
