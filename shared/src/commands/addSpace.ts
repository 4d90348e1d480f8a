import type { z } from 'zod';
import { SPACES_MAX } from '../model/agenda.ts';
import { fail } from '../protocol/errors.ts';
import type { AddSpaceSchema } from './addSpace.schema.ts';
import { accept, type Decide } from './decision.ts';

export type AddSpace = z.infer<typeof AddSpaceSchema>;

export const decideAddSpace: Decide<AddSpace> = (state, command, ctx) => {
  if (Object.keys(state.spaces).length >= SPACES_MAX) return fail('CONFLICT', 'As many spaces as allowed');
  if (Object.values(state.spaces).some((s) => s.name.toLowerCase() === command.space.name.toLowerCase())) {
    return fail('CONFLICT', 'A space already has that name');
  }
  return accept({ type: 'SpaceAdded', space: { ...command.space, id: ctx.newId('sp') } });
};
