import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';
import { LanguageSchema } from '../model/languages.schema.ts';
import { TopicDescriptionSchema, TopicTitleSchema } from '../model/session.schema.ts';

export const EditTopicSchema = z.object({
  type: z.literal('editTopic'),
  topicId: IdSchema,
  title: TopicTitleSchema,
  description: TopicDescriptionSchema.default(''),
  themeId: IdSchema.nullable(),
  /** Left out, the topic keeps its language. */
  language: LanguageSchema.nullable().optional(),
});
