import { z } from 'zod';
import { LIMITS } from '../model/limits.ts';
import { ThemeSchema } from '../model/theme.schema.ts';

export const CreateSessionSchema = z.object({
  title: z.string().trim().min(1).max(LIMITS.sessionTitleMax),
  question: z.string().trim().max(LIMITS.questionMax).default(''),
  themes: z
    .array(ThemeSchema.omit({ id: true }))
    .max(LIMITS.themesMax)
    .refine((themes) => new Set(themes.map((t) => t.name.toLowerCase())).size === themes.length, {
      message: 'Theme names must differ',
    }),
});
