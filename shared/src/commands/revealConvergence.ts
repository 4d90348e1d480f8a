import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { RevealConvergenceSchema } from './revealConvergence.schema.ts';

/** Shows the convergence tallies to everyone in `hidden` mode (or hides them again), apart from the topic vote's. */
export type RevealConvergence = z.infer<typeof RevealConvergenceSchema>;

export const decideRevealConvergence: Decide<RevealConvergence> = (state, command) => {
  if (state.convergence.revealed === command.revealed) return fail('CONFLICT', 'Tallies are already in that state');
  return accept({ type: command.revealed ? 'ConvergenceRevealed' : 'ConvergenceHidden' });
};
