import { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';

export const RevealTalliesSchema = z.object({ type: z.literal('revealTallies'), revealed: z.boolean() });
export type RevealTallies = z.infer<typeof RevealTalliesSchema>;

export const decideRevealTallies: Decide<RevealTallies> = (state, command) => {
  if (state.talliesRevealed === command.revealed) return fail('CONFLICT', 'Tallies are already in that state');
  return accept({ type: command.revealed ? 'TalliesRevealed' : 'TalliesHidden' });
};
