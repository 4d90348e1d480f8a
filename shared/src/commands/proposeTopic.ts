import type { z } from 'zod';
import { LIMITS } from '../model/limits.ts';
import { phaseAllows } from '../model/phase.ts';
import { fail } from '../protocol/errors.ts';
import { topicsProposedBy } from '../rules/topics.ts';
import { accept, actingParticipant, type Decide } from './decision.ts';
import type { ProposeTopicSchema } from './proposeTopic.schema.ts';

export type ProposeTopic = z.infer<typeof ProposeTopicSchema>;

export const decideProposeTopic: Decide<ProposeTopic> = (state, command, ctx) => {
  const who = actingParticipant(state, ctx, command.asParticipantId);
  if (!who.ok) return who;
  if (!phaseAllows(state.phase, 'propose')) return fail('WRONG_PHASE', 'Topics are proposed in the marketplace');
  if (command.themeId !== null && !state.themes.some((t) => t.id === command.themeId)) {
    return fail('NOT_FOUND', 'Unknown theme');
  }
  if (Object.keys(state.topics).length >= LIMITS.topicsPerSession) {
    return fail('CONFLICT', 'The session holds as many topics as it can');
  }
  if (topicsProposedBy(state, who.participantId).length >= LIMITS.topicsPerParticipant) {
    return fail('CONFLICT', 'This person has proposed as many topics as allowed');
  }
  return accept({
    type: 'TopicProposed',
    topicId: ctx.newId('t'),
    title: command.title,
    description: command.description,
    themeId: command.themeId,
    proposerId: who.participantId,
    enteredByFacilitator: who.byFacilitator,
    at: ctx.now,
    language: command.language ?? null,
  });
};
