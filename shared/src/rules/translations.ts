import type { Actor } from '../model/actor.ts';
import type { Language } from '../model/languages.ts';
import type { SessionState, Topic, TopicTranslation } from '../model/session.ts';
import { fail, type Failure } from '../protocol/errors.ts';

/**
 * Anyone in the session may translate a visible topic's title into a language it is not
 * written in, at any stage: people keep reading topics on the agenda and in the proceedings.
 * A translation already there is replaced only by its translator or a facilitator, so one
 * person cannot overwrite another's work. Shared by decide and the UI (null = allowed).
 */
export function translationRefusal(state: SessionState, actor: Actor, topic: Topic | undefined, language: Language): Failure | null {
  if (actor.role === 'projector') return fail('FORBIDDEN', 'This screen cannot act');
  if (!topic || (topic.hidden && actor.role !== 'facilitator')) return fail('NOT_FOUND', 'Unknown topic');
  if (actor.role === 'participant' && !state.participants[actor.participantId]) return fail('NOT_FOUND', 'Unknown participant');
  if (topic.language === language) return fail('CONFLICT', 'The topic is already written in this language');
  const current = topic.translations[language];
  if (current && !canRemoveTranslation(actor, current)) {
    return fail('CONFLICT', 'Someone else has already translated this topic into this language');
  }
  return null;
}

export function canRemoveTranslation(actor: Actor, translation: TopicTranslation): boolean {
  if (actor.role === 'facilitator') return true;
  return actor.role === 'participant' && translation.translatorId === actor.participantId;
}

/** The title to show a reader: the original, and beside it the translation into their language if there is one. */
export function titleFor(topic: Topic, reader: Language): { original: string; translation: TopicTranslation | null } {
  const translation = topic.language === reader ? null : (topic.translations[reader] ?? null);
  return { original: topic.title, translation };
}
