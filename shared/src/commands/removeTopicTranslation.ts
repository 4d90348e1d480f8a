import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { canRemoveTranslation } from '../rules/translations.ts';
import { accept, type Decide } from './decision.ts';
import type { RemoveTopicTranslationSchema } from './removeTopicTranslation.schema.ts';

export type RemoveTopicTranslation = z.infer<typeof RemoveTopicTranslationSchema>;

export const decideRemoveTopicTranslation: Decide<RemoveTopicTranslation> = (state, command, ctx) => {
  const topic = state.topics[command.topicId];
  const translation = topic?.translations[command.language];
  if (!topic || !translation) return fail('NOT_FOUND', 'No such translation');
  if (!canRemoveTranslation(ctx.actor, translation)) {
    return fail('FORBIDDEN', 'Only its translator or a facilitator removes a translation');
  }
  return accept({ type: 'TopicTranslationRemoved', topicId: topic.id, language: command.language });
};
