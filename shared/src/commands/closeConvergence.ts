import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import type { CloseConvergenceSchema } from './closeConvergence.schema.ts';
import { accept, type Decide } from './decision.ts';

/** Ends the convergence vote: the ballot and its ranking stay, nobody places or removes a dot any more. */
export type CloseConvergence = z.infer<typeof CloseConvergenceSchema>;

export const decideCloseConvergence: Decide<CloseConvergence> = (state) => {
  if (state.convergence.status !== 'open') return fail('CONFLICT', 'The convergence vote is not open');
  return accept({ type: 'ConvergenceClosed' });
};
