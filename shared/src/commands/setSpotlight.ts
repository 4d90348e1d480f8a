import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { SetSpotlightSchema } from './setSpotlight.schema.ts';

/** Pitch mode: one topic and its convener full screen on the projector; null ends it. */
export type SetSpotlight = z.infer<typeof SetSpotlightSchema>;

export const decideSetSpotlight: Decide<SetSpotlight> = (state, command) => {
  const topic = command.topicId === null ? null : state.topics[command.topicId];
  if (command.topicId !== null && (!topic || topic.hidden)) return fail('NOT_FOUND', 'Unknown topic');
  if (state.breakouts.spotlightTopicId === command.topicId) return fail('CONFLICT', 'Already in the spotlight');
  return accept({ type: 'SpotlightChanged', topicId: command.topicId });
};
