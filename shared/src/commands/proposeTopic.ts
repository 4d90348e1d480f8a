import { z } from 'zod';
import { IdSchema } from '../model/ids.ts';
import { LanguageSchema } from '../model/languages.ts';
import { LIMITS } from '../model/limits.ts';
import { phaseAllows } from '../model/phase.ts';
import { TopicDescriptionSchema, TopicTitleSchema } from '../model/session.ts';
import { fail } from '../protocol/errors.ts';
import { topicsProposedBy } from '../rules/topics.ts';
import { accept, actingParticipant, type Decide } from './decision.ts';

export const ProposeTopicSchema = z.object({
  type: z.literal('proposeTopic'),
  title: TopicTitleSchema,
  description: TopicDescriptionSchema.default(''),
  themeId: IdSchema.nullable(),
  /** The language the title is written in; a phone sends the language its person reads. */
  language: LanguageSchema.nullable().optional(),
  /** Only for a facilitator entering a topic for someone without a phone. */
  asParticipantId: IdSchema.optional(),
});
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
