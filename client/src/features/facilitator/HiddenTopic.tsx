import type { SessionState, Topic } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../hooks/useCommand.ts';
import { TopicCard } from '../topics/TopicCard.tsx';

export function HiddenTopic({ state, topic, nameOf }: { state: SessionState; topic: Topic; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const { run, pending, error } = useCommand();
  return (
    <TopicCard
      topic={topic}
      theme={state.themes.find((th) => th.id === topic.themeId)}
      tally={null}
      proposers={topic.proposerIds.map(nameOf)}
      nameOf={nameOf}
    >
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={pending}
          onClick={() => void run({ type: 'setTopicHidden', topicId: topic.id, hidden: false })}
          data-testid={`restore-${topic.id}`}
        >
          {t('moderation.restore')}
          <span className="sr-only"> {topic.title}</span>
        </button>
      </div>
      <ErrorMessage code={error} />
    </TopicCard>
  );
}
