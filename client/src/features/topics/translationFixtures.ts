import type { Language, StoredEvent } from '@forum-ouvert/shared';

/** A topic proposed in a given language (the client fixtures' `proposed` leaves it unsaid). */
export const proposedIn = (topicId: string, proposerId: string, language: Language | null, title = `Sujet ${topicId}`): StoredEvent => ({
  type: 'TopicProposed',
  topicId,
  title,
  description: '',
  themeId: null,
  proposerId,
  enteredByFacilitator: false,
  at: 0,
  language,
});

export const translated = (topicId: string, language: Language, title: string, translatorId: string | null): StoredEvent => ({
  type: 'TopicTranslated',
  topicId,
  language,
  title,
  translatorId,
  at: 0,
});
