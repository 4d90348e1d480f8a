import type { z } from 'zod';
import type { StoredEvent } from '../events/events.ts';
import { DEFAULT_VOTE_SETTINGS } from '../model/settings.ts';
import type { CreateSessionSchema } from './createSession.schema.ts';

/** What the home page sends to open a workshop (over HTTP: there is no session to attach to yet). */
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
