import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { SetPhaseSchema } from './setPhase.schema.ts';

export type SetPhase = z.infer<typeof SetPhaseSchema>;

/** Any phase may follow any other: facilitators step back when the room needs it. */
export const decideSetPhase: Decide<SetPhase> = (state, command) => {
  if (state.phase === command.phase) return fail('CONFLICT', 'The session is already in that phase');
  return accept({ type: 'PhaseChanged', phase: command.phase });
};
