import { LIMITS, type Language } from '@forum-ouvert/shared';

export interface TopicDraft {
  title: string;
  description: string;
  themeId: string | null;
  /** The language the title is typed in; null when nobody said (a topic from before topics had one). */
  language: Language | null;
}

export const EMPTY_DRAFT: TopicDraft = { title: '', description: '', themeId: null, language: null };

/** The same limits the server's schema applies, checked before sending. */
export function draftProblem(draft: TopicDraft): 'titleRequired' | 'titleTooLong' | 'descriptionTooLong' | null {
  const title = draft.title.trim();
  if (!title) return 'titleRequired';
  if (title.length > LIMITS.topicTitleMax) return 'titleTooLong';
  if (draft.description.trim().length > LIMITS.topicDescriptionMax) return 'descriptionTooLong';
  return null;
}

export function cleanDraft(draft: TopicDraft): TopicDraft {
  return { title: draft.title.trim(), description: draft.description.trim(), themeId: draft.themeId, language: draft.language };
}
