import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { SetGroupModeSchema } from './setGroupMode.schema.ts';

export type SetGroupMode = z.infer<typeof SetGroupModeSchema>;

/** Changing the mode keeps the groups people already sit in. */
export const decideSetGroupMode: Decide<SetGroupMode> = (state, command) => {
  if (state.breakouts.mode === command.mode) return fail('CONFLICT', 'Already in that mode');
  return accept({ type: 'GroupModeChanged', mode: command.mode });
};
