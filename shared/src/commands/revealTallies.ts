import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { RevealTalliesSchema } from './revealTallies.schema.ts';

export type RevealTallies = z.infer<typeof RevealTalliesSchema>;

export const decideRevealTallies: Decide<RevealTallies> = (state, command) => {
  if (state.talliesRevealed === command.revealed) return fail('CONFLICT', 'Tallies are already in that state');
  return accept({ type: command.revealed ? 'TalliesRevealed' : 'TalliesHidden' });
};
