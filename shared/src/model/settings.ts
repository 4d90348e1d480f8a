import type { z } from 'zod';
import type { TallyModeSchema, VoteSettingsSchema } from './settings.schema.ts';

export type TallyMode = z.infer<typeof TallyModeSchema>;
export type VoteSettings = z.infer<typeof VoteSettingsSchema>;

export const DEFAULT_VOTE_SETTINGS: VoteSettings = { dotBudget: 3, allowStacking: false, tallyMode: 'live' };
