import type { Topic } from '@forum-ouvert/shared';
import type { ThemeFilter } from '../../store/ui.ts';

export function filterTopics(topics: readonly Topic[], filter: ThemeFilter): Topic[] {
  if (filter === 'all') return [...topics];
  const themeId = filter === 'none' ? null : filter;
  return topics.filter((t) => t.themeId === themeId);
}
