import { hiddenTopics, rankedTopics, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store.ts';
import { HiddenTopic } from './HiddenTopic.tsx';
import { ModeratedTopic } from './ModeratedTopic.tsx';

/** Every topic, most dots first, with moderation; hidden topics apart, ready to restore. */
export function ModerationPanel({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const actingFor = useAppStore((s) => s.ui.actingFor);
  const ranked = rankedTopics(state);
  const hidden = hiddenTopics(state);
  const nameOf = (id: string) => state.participants[id]?.pseudonym ?? t('topic.unknownPerson');
  return (
    <div className="stack">
      <section className="stack" aria-labelledby="topics-heading">
        <h2 id="topics-heading">{t('moderation.heading', { count: ranked.length })}</h2>
        {ranked.length === 0 && <p className="hint">{t('moderation.empty')}</p>}
        <ol className="topic-list">
          {ranked.map((topic) => (
            <li key={topic.id}>
              <ModeratedTopic state={state} topic={topic} others={ranked} nameOf={nameOf} actingFor={actingFor} />
            </li>
          ))}
        </ol>
      </section>
      {hidden.length > 0 && (
        <section className="stack" aria-labelledby="hidden-heading" data-testid="hidden-topics">
          <h2 id="hidden-heading">{t('moderation.hiddenHeading', { count: hidden.length })}</h2>
          <ul className="topic-list">
            {hidden.map((topic) => (
              <li key={topic.id}>
                <HiddenTopic state={state} topic={topic} nameOf={nameOf} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
