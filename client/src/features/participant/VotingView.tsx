import { remainingDots, visibleTopics, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store.ts';
import { filterTopics } from '../topics/filter.ts';
import { ThemeFilter } from '../topics/ThemeFilter.tsx';
import { VotableTopic } from '../topics/VotableTopic.tsx';

/** While the vote is open: my dots left, and +/− on every topic. */
export function VotingView({ state, me }: { state: SessionState; me: string }) {
  const { t } = useTranslation();
  const filter = useAppStore((s) => s.ui.themeFilter);
  const left = remainingDots(state, me);
  const topics = filterTopics(visibleTopics(state), filter);
  return (
    <section className="stack" aria-labelledby="vote-heading">
      <h2 id="vote-heading">{t('voting.heading')}</h2>
      <p className="remaining" role="status" aria-live="polite" data-testid="remaining-dots" data-count={left}>
        {t('voting.remaining', { count: left, total: state.settings.dotBudget })}
      </p>
      <p className="hint">{t(state.settings.allowStacking ? 'voting.stackingAllowed' : 'voting.oneDotPerTopic')}</p>
      {state.tallies === null && <p className="hint">{t('voting.talliesHidden')}</p>}
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
