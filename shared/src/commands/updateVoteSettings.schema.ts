import { z } from 'zod';
import { VoteSettingsSchema } from '../model/settings.schema.ts';

export const UpdateVoteSettingsSchema = z.object({
  type: z.literal('updateVoteSettings'),
  settings: VoteSettingsSchema,
});
