import { z } from 'zod';
import { GroupModeSchema } from '../model/agenda.ts';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';

export const SetGroupModeSchema = z.object({ type: z.literal('setGroupMode'), mode: GroupModeSchema });
export type SetGroupMode = z.infer<typeof SetGroupModeSchema>;

/** Changing the mode keeps the groups people already sit in. */
export const decideSetGroupMode: Decide<SetGroupMode> = (state, command) => {
  if (state.breakouts.mode === command.mode) return fail('CONFLICT', 'Already in that mode');
  return accept({ type: 'GroupModeChanged', mode: command.mode });
};
