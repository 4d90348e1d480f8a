import { z } from 'zod';
import { GroupModeSchema } from '../model/agenda.schema.ts';

export const SetGroupModeSchema = z.object({ type: z.literal('setGroupMode'), mode: GroupModeSchema });
