import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { translationRefusal } from '../rules/translations.ts';
import { accept, type Decide } from './decision.ts';
import type { TranslateTopicSchema } from './translateTopic.schema.ts';

/** Adds (or replaces) the title of a topic in one more language. */
export type TranslateTopic = z.infer<typeof TranslateTopicSchema>;

export const decideTranslateTopic: Decide<TranslateTopic> = (state, command, ctx) => {
  const topic = state.topics[command.topicId];
  const refusal = translationRefusal(state, ctx.actor, topic, command.language);
  if (refusal || !topic) return refusal ?? fail('NOT_FOUND', 'Unknown topic');
  const current = topic.translations[command.language];
  if (current?.title === command.title) return accept();
  return accept({
    type: 'TopicTranslated',
    topicId: topic.id,
    language: command.language,
    title: command.title,
    translatorId: ctx.actor.role === 'participant' ? ctx.actor.participantId : null,
    at: ctx.now,
  });
};
