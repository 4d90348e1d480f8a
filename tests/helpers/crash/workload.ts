import { LANGUAGES, type Actor, type Command, type Language, type SessionState, type Topic } from '@forum-ouvert/shared';
import { between, pick } from '../random.ts';

/**
 * What a person does next, from what their own screen shows (their mirror of the session):
 * the facilitator moves between the marketplace and the vote, changes the vote's settings and
 * translates; participants propose, edit, withdraw and translate topics in the marketplace and
 * place and remove dots during the vote. Their screen may be behind, so some commands are
 * refused (wrong phase, no dots left): the log must hold none of those.
 */
export function nextCommand(state: SessionState, actor: Actor, random: () => number, serial: number): Command | null {
  return actor.role === 'facilitator' ? facilitatorCommand(state, random, serial) : participantCommand(state, actor, random, serial);
}

function facilitatorCommand(state: SessionState, random: () => number, serial: number): Command | null {
  const roll = random();
  if (roll < 0.25 || state.phase === 'lobby') return { type: 'setPhase', phase: state.phase === 'marketplace' ? 'voting' : 'marketplace' };
  if (roll < 0.4) return { type: 'revealTallies', revealed: !state.talliesRevealed };
  if (roll < 0.55) {
    const settings = { dotBudget: between(random, 3, 8), allowStacking: random() < 0.5, tallyMode: random() < 0.5 ? 'live' : 'hidden' } as const;
    return { type: 'updateVoteSettings', settings };
  }
  return translation(visibleTopics(state), random, serial);
}

function participantCommand(state: SessionState, actor: Actor, random: () => number, serial: number): Command | null {
  if (actor.role !== 'participant') return null;
  const me = actor.participantId;
  const topics = visibleTopics(state);
  const mine = topics.filter((t) => t.proposerIds.length === 1 && t.proposerIds[0] === me);
  const roll = random();
  if (state.phase === 'voting' && topics.length > 0) {
    const placed = Object.keys(state.dots[me] ?? {});
    if (roll < 0.35 && placed.length > 0) return { type: 'removeDot', topicId: pick(random, placed) };
    if (roll < 0.9) return { type: 'placeDot', topicId: pick(random, topics).id };
  }
  if (state.phase === 'marketplace') {
    if (roll < 0.35 || topics.length === 0) return { type: 'proposeTopic', title: title('Sujet', serial), description: '', themeId: null, language: 'fr' };
    if (roll < 0.5 && mine.length > 0) {
      return { type: 'editTopic', topicId: pick(random, mine).id, title: title('Sujet revu', serial), description: `Version ${serial}`, themeId: null };
    }
    if (roll < 0.6 && mine.length > 0) return { type: 'withdrawTopic', topicId: pick(random, mine).id };
  }
  const own = topics.flatMap((t) => languagesOf(t).filter((language) => t.translations[language]?.translatorId === me).map((language) => ({ t, language })));
  if (roll > 0.9 && own.length > 0) {
    const { t, language } = pick(random, own);
    return { type: 'removeTopicTranslation', topicId: t.id, language };
  }
  return translation(topics, random, serial);
}

function translation(topics: readonly Topic[], random: () => number, serial: number): Command | null {
  if (topics.length === 0) return null;
  const topic = pick(random, topics);
  const language = pick(random, LANGUAGES.filter((l) => l !== topic.language));
  return { type: 'translateTopic', topicId: topic.id, language, title: title(`Titre (${language})`, serial) };
}

function visibleTopics(state: SessionState): Topic[] {
  return Object.values(state.topics).filter((t) => !t.hidden);
}

function languagesOf(topic: Topic): Language[] {
  return Object.keys(topic.translations) as Language[];
}

function title(prefix: string, serial: number): string {
  return `${prefix} ${serial}`;
}
