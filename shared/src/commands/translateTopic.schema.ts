import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';
import { LanguageSchema } from '../model/languages.schema.ts';
import { TopicTitleSchema } from '../model/session.schema.ts';

export const TranslateTopicSchema = z.object({
  type: z.literal('translateTopic'),
  topicId: IdSchema,
  language: LanguageSchema,
  title: TopicTitleSchema,
});
