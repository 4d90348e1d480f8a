import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { SetTopicHiddenSchema } from './hideTopic.schema.ts';

/** Moderation: `hidden: true` hides a topic (its dots go back to their owners); `false` restores it. */
export type SetTopicHidden = z.infer<typeof SetTopicHiddenSchema>;

export const decideSetTopicHidden: Decide<SetTopicHidden> = (state, command) => {
  const topic = state.topics[command.topicId];
  if (!topic) return fail('NOT_FOUND', 'Unknown topic');
  if (topic.hidden === command.hidden) return fail('CONFLICT', 'The topic is already in that state');
  return accept({ type: command.hidden ? 'TopicHidden' : 'TopicRestored', topicId: topic.id });
};
