import { z } from 'zod';
import { IdSchema } from '../model/ids.schema.ts';
import { LanguageSchema } from '../model/languages.schema.ts';

export const RemoveTopicTranslationSchema = z.object({
  type: z.literal('removeTopicTranslation'),
  topicId: IdSchema,
  language: LanguageSchema,
});
