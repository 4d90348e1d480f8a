import type { z } from 'zod';
import { phaseAllows } from '../model/phase.ts';
import { fail } from '../protocol/errors.ts';
import { canWithdrawTopic } from '../rules/topics.ts';
import { accept, type Decide } from './decision.ts';
import type { WithdrawTopicSchema } from './withdrawTopic.schema.ts';

export type WithdrawTopic = z.infer<typeof WithdrawTopicSchema>;

export const decideWithdrawTopic: Decide<WithdrawTopic> = (state, command, ctx) => {
  const topic = state.topics[command.topicId];
  if (!topic) return fail('NOT_FOUND', 'Unknown topic');
  if (!canWithdrawTopic(state, ctx.actor, topic)) {
    // WRONG_PHASE only where the phase is the reason; a hidden or merged topic is the facilitator's to handle.
    return ctx.actor.role === 'participant' && !phaseAllows(state.phase, 'propose') && topic.proposerIds.includes(ctx.actor.participantId)
      ? fail('WRONG_PHASE', 'Topics are withdrawn while the marketplace is open')
      : fail('FORBIDDEN', 'Only the sole proposer withdraws a topic');
  }
  return accept({ type: 'TopicWithdrawn', topicId: topic.id });
};
