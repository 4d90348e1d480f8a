import { z } from 'zod';
import type { StoredEvent } from '../events/events.ts';
import { LIMITS } from '../model/limits.ts';
import { DEFAULT_VOTE_SETTINGS } from '../model/settings.ts';
import { ThemeSchema } from '../model/theme.ts';

/** What the home page sends to open a workshop (over HTTP: there is no session to attach to yet). */
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
export type CreateSession = z.infer<typeof CreateSessionSchema>;

export function sessionCreated(
  input: CreateSession,
  ids: { sessionId: string; code: string; now: number; newId: (prefix: string) => string },
): StoredEvent {
  return {
    type: 'SessionCreated',
    sessionId: ids.sessionId,
    code: ids.code,
    title: input.title,
    question: input.question,
    themes: input.themes.map((theme) => ({ ...theme, id: ids.newId('th') })),
    settings: DEFAULT_VOTE_SETTINGS,
    at: ids.now,
  };
}
