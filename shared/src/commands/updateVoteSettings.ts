import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { settingsFitCurrentDots } from '../rules/voting.ts';
import { accept, type Decide } from './decision.ts';
import type { UpdateVoteSettingsSchema } from './updateVoteSettings.schema.ts';

export type UpdateVoteSettings = z.infer<typeof UpdateVoteSettingsSchema>;

export const decideUpdateVoteSettings: Decide<UpdateVoteSettings> = (state, command) => {
  // Taking dots back from people silently would be worse than refusing the change.
  if (!settingsFitCurrentDots(state, command.settings)) {
    return fail('CONFLICT', 'Some participants already hold more dots than these settings allow');
  }
  return accept({ type: 'VoteSettingsChanged', settings: command.settings });
};
