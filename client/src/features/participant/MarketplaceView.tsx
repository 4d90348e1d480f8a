import { LIMITS, topicsProposedBy, visibleTopics, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { sendCommand } from '../../net/commands.ts';
import { useAppStore } from '../../store/store.ts';
import { filterTopics } from '../topics/filter.ts';
import { ThemeFilter } from '../topics/ThemeFilter.tsx';
import { TopicForm } from '../topics/TopicForm.tsx';
import { OwnTopic } from './OwnTopic.tsx';

/** While the marketplace is open: propose, and see every topic arrive live. */
export function MarketplaceView({ state, me }: { state: SessionState; me: string }) {
  const { t } = useTranslation();
  const filter = useAppStore((s) => s.ui.themeFilter);
  const proposed = topicsProposedBy(state, me).length;
  const topics = filterTopics(visibleTopics(state), filter);
  return (
    <>
      <section className="card stack" aria-labelledby="propose-heading">
        <h2 id="propose-heading">{t('participant.proposeHeading')}</h2>
        <p className="hint" data-testid="proposed-count">
          {t('participant.proposedCount', { count: proposed, max: LIMITS.topicsPerParticipant })}
        </p>
        {proposed < LIMITS.topicsPerParticipant && (
          <TopicForm
            mode="propose"
            themes={state.themes}
            testId="propose-form"
            onSubmit={(draft) => sendCommand({ type: 'proposeTopic', ...draft })}
          />
        )}
      </section>
      <section className="stack" aria-labelledby="topics-heading">
        <h2 id="topics-heading">{t('participant.topicsHeading', { count: visibleTopics(state).length })}</h2>
        <ThemeFilter themes={state.themes} />
        {topics.length === 0 && <p className="hint">{t('participant.noTopics')}</p>}
        <ul className="topic-list">
          {topics.map((topic) => (
            <li key={topic.id}>
              <OwnTopic state={state} topic={topic} me={me} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
