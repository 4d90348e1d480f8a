import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { UpdateSpaceSchema } from './updateSpace.schema.ts';

export type UpdateSpace = z.infer<typeof UpdateSpaceSchema>;

export const decideUpdateSpace: Decide<UpdateSpace> = (state, command) => {
  if (!(command.space.id in state.spaces)) return fail('NOT_FOUND', 'Unknown space');
  const { id, name } = command.space;
  if (Object.values(state.spaces).some((s) => s.id !== id && s.name.toLowerCase() === name.toLowerCase())) {
    return fail('CONFLICT', 'A space already has that name');
  }
  // Shrinking a room below the people already in it would break the capacity promise.
  const fullest = Math.max(0, ...Object.entries(state.agenda.placements)
    .filter(([, cell]) => cell.spaceId === id)
    .map(([topicId, cell]) => state.breakouts.headcounts[cell.slotId]?.[topicId] ?? 0));
  if (command.space.capacity < fullest) return fail('CONFLICT', 'More people already sit in this space');
  return accept({ type: 'SpaceUpdated', space: command.space });
};
