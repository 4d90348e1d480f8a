import type { SessionState, Topic } from '../model/session.ts';

/** Topics people should see, in the order they were proposed. */
export function visibleTopics(state: SessionState): Topic[] {
  return Object.values(state.topics).filter((t) => !t.hidden);
}

export function hiddenTopics(state: SessionState): Topic[] {
  return Object.values(state.topics).filter((t) => t.hidden);
}

export function topicsByTheme(state: SessionState): { themeId: string | null; topics: Topic[] }[] {
  const groups = [...state.themes.map((t) => t.id), null].map((themeId) => ({
    themeId,
    topics: visibleTopics(state).filter((t) => t.themeId === themeId),
  }));
  return groups.filter((g) => g.topics.length > 0);
}

export function tallyOf(state: SessionState, topicId: string): number | null {
  return state.tallies ? (state.tallies[topicId] ?? 0) : null;
}

/** Topics by dots, most first; ties keep the order of proposal. */
export function rankedTopics(state: SessionState): Topic[] {
  const tallies = state.tallies ?? {};
  return visibleTopics(state)
    .map((topic, index) => ({ topic, index, dots: tallies[topic.id] ?? 0 }))
    .sort((a, b) => b.dots - a.dots || a.index - b.index)
    .map((x) => x.topic);
}
