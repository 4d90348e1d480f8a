import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { canEditTopic } from '../rules/topics.ts';
import { accept, type Decide } from './decision.ts';
import type { EditTopicSchema } from './editTopic.schema.ts';

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
