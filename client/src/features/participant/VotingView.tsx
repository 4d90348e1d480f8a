import { visibleTopics, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store.ts';
import { DotBudget } from '../topics/DotBudget.tsx';
import { filterTopics } from '../topics/filter.ts';
import { ThemeFilter } from '../topics/ThemeFilter.tsx';
import { VotableTopic } from '../topics/VotableTopic.tsx';

/** While the vote is open: my dots left, and +/− on every topic. */
export function VotingView({ state, me }: { state: SessionState; me: string }) {
  const { t } = useTranslation();
  const filter = useAppStore((s) => s.ui.themeFilter);
  const topics = filterTopics(visibleTopics(state), filter);
  return (
    <section className="stack" aria-labelledby="vote-heading">
      <h2 id="vote-heading">{t('voting.heading')}</h2>
      <DotBudget state={state} kind="topics" me={me} talliesShown={state.tallies !== null} />
      <ThemeFilter themes={state.themes} />
      <ul className="topic-list">
        {topics.map((topic) => (
          <li key={topic.id}>
            <VotableTopic state={state} topic={topic} me={me} />
          </li>
        ))}
      </ul>
    </section>
  );
}
