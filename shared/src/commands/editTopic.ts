import { z } from 'zod';
import { IdSchema } from '../model/ids.ts';
import { LanguageSchema } from '../model/languages.ts';
import { TopicDescriptionSchema, TopicTitleSchema } from '../model/session.ts';
import { fail } from '../protocol/errors.ts';
import { canEditTopic } from '../rules/topics.ts';
import { accept, type Decide } from './decision.ts';

export const EditTopicSchema = z.object({
  type: z.literal('editTopic'),
  topicId: IdSchema,
  title: TopicTitleSchema,
  description: TopicDescriptionSchema.default(''),
  themeId: IdSchema.nullable(),
  /** Left out, the topic keeps its language. */
  language: LanguageSchema.nullable().optional(),
});
export type EditTopic = z.infer<typeof EditTopicSchema>;

export const decideEditTopic: Decide<EditTopic> = (state, command, ctx) => {
  const topic = state.topics[command.topicId];
  if (!topic) return fail('NOT_FOUND', 'Unknown topic');
  if (!canEditTopic(state, ctx.actor, topic)) {
    // Only the phase stands in a proposer's way; a hidden topic is the facilitator's to handle.
    return ctx.actor.role === 'participant' && topic.proposerIds.includes(ctx.actor.participantId) && !topic.hidden
      ? fail('WRONG_PHASE', 'Topics are edited while the marketplace is open')
      : fail('FORBIDDEN', 'Only the proposer or a facilitator edits a topic');
  }
  if (command.themeId !== null && !state.themes.some((t) => t.id === command.themeId)) {
    return fail('NOT_FOUND', 'Unknown theme');
  }
  return accept({
    type: 'TopicEdited',
    topicId: topic.id,
    title: command.title,
    description: command.description,
    themeId: command.themeId,
    byFacilitator: ctx.actor.role === 'facilitator',
    ...(command.language === undefined ? {} : { language: command.language }),
  });
};
