import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';
import { LanguageSchema } from '../model/languages.schema.ts';
import { TopicDescriptionSchema, TopicTitleSchema } from '../model/session.schema.ts';

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
