import { rankedTopics, type SessionState } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { useCommand } from '../../../hooks/useCommand.ts';

/** Pitch mode: one topic full screen on the projector while its convener presents it. */
export function SpotlightControl({ state }: { state: SessionState }) {
  const { t } = useTranslation();
  const { run, pending, error } = useCommand();
  const topics = rankedTopics(state);
  const currentId = state.breakouts.spotlightTopicId;
  const current = currentId ? state.topics[currentId] : undefined;
  return (
    <div className="stack" data-testid="spotlight-control">
      <p role="status" data-testid="spotlight-current" data-topic-id={currentId ?? ''}>
        {current ? t('spotlightControl.showing', { title: current.title }) : t('spotlightControl.nothing')}
      </p>
      <button type="button" className="button" disabled={pending || !currentId} onClick={() => void run({ type: 'setSpotlight', topicId: null })} data-testid="spotlight-end">
        {t('spotlightControl.end')}
      </button>
      <ErrorMessage code={error} />
      {topics.length === 0 ? (
        <p className="hint">{t('spotlightControl.noTopics')}</p>
      ) : (
        <ul className="spotlight-list">
          {topics.map((topic) => {
            const on = topic.id === currentId;
            return (
              <li key={topic.id} className={on ? 'spotlight-list__item spotlight-list__item--on' : 'spotlight-list__item'}>
                <span className="spotlight-list__title" dir="auto">
                  {topic.title}
                </span>
                <button
                  type="button"
                  className={on ? 'button button--primary' : 'button'}
                  aria-pressed={on}
                  disabled={pending}
                  onClick={() => void run({ type: 'setSpotlight', topicId: on ? null : topic.id })}
                  data-testid={`spotlight-on-${topic.id}`}
                >
                  {t('spotlightControl.show')}
                  <span className="sr-only"> {topic.title}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
