import { z } from 'zod';
import { IdSchema } from '../model/ids.ts';
import { fail } from '../protocol/errors.ts';
import { canWithdrawTopic } from '../rules/topics.ts';
import { accept, type Decide } from './decision.ts';

export const WithdrawTopicSchema = z.object({ type: z.literal('withdrawTopic'), topicId: IdSchema });
export type WithdrawTopic = z.infer<typeof WithdrawTopicSchema>;

export const decideWithdrawTopic: Decide<WithdrawTopic> = (state, command, ctx) => {
  const topic = state.topics[command.topicId];
  if (!topic) return fail('NOT_FOUND', 'Unknown topic');
  if (!canWithdrawTopic(state, ctx.actor, topic)) {
    // Only the phase stands in a proposer's way; a hidden topic is the facilitator's to handle.
    return ctx.actor.role === 'participant' && topic.proposerIds.includes(ctx.actor.participantId) && !topic.hidden
      ? fail('WRONG_PHASE', 'Topics are withdrawn while the marketplace is open')
      : fail('FORBIDDEN', 'Only the proposer withdraws a topic');
  }
  return accept({ type: 'TopicWithdrawn', topicId: topic.id });
};
