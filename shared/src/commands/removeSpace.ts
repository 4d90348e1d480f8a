import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { RemoveSpaceSchema } from './removeSpace.schema.ts';

/** Topics scheduled in the space go back to the "not scheduled" list. */
export type RemoveSpace = z.infer<typeof RemoveSpaceSchema>;

export const decideRemoveSpace: Decide<RemoveSpace> = (state, command) => {
  if (!(command.spaceId in state.spaces)) return fail('NOT_FOUND', 'Unknown space');
  return accept({ type: 'SpaceRemoved', spaceId: command.spaceId });
};
