import { EditTopicForm } from '../topics/EditTopicForm.tsx';
import { canWithdrawTopic, tallyOf, type SessionState, type Topic } from '@forum-ouvert/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../hooks/useCommand.ts';
import { TopicCard } from '../topics/TopicCard.tsx';
import { TopicDots } from '../topics/TopicDots.tsx';
import { MergeControl } from './MergeControl.tsx';
import { TopicTranslationsList } from './TopicTranslationsList.tsx';

interface Props {
  state: SessionState;
  topic: Topic;
  others: readonly Topic[];
  nameOf: (participantId: string) => string;
  /** A paper participant the facilitator is placing dots for, if any. */
  actingFor: string | null;
}

const FACILITATOR = { role: 'facilitator' } as const;

export function ModeratedTopic({ state, topic, others, nameOf, actingFor }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const action = useCommand();
  if (editing) {
    return <EditTopicForm topic={topic} themes={state.themes} onDone={() => setEditing(false)} />;
  }
  return (
    <TopicCard
      topic={topic}
      theme={state.themes.find((th) => th.id === topic.themeId)}
      tally={tallyOf(state, topic.id)}
      proposers={topic.proposerIds.map(nameOf)}
      nameOf={nameOf}
    >
      {actingFor && (
        <TopicDots state={state} topicId={topic.id} topicTitle={topic.title} participantId={actingFor} onBehalf />
      )}
      <div className="actions">
        <button type="button" className="button" onClick={() => setEditing(true)} data-testid={`edit-${topic.id}`}>
          {t('topic.edit')}
          <span className="sr-only"> {topic.title}</span>
        </button>
        <button
          type="button"
          className="button"
          disabled={action.pending}
          onClick={() => void action.run({ type: 'setTopicHidden', topicId: topic.id, hidden: true })}
          data-testid={`hide-${topic.id}`}
        >
          {t('moderation.hide')}
          <span className="sr-only"> {topic.title}</span>
        </button>
        {canWithdrawTopic(state, FACILITATOR, topic) && (
          <ConfirmButton
            label={t('topic.withdraw')}
            confirmLabel={t('topic.withdrawConfirm')}
            context={topic.title}
            testId={`withdraw-${topic.id}`}
            disabled={action.pending}
            onConfirm={() => void action.run({ type: 'withdrawTopic', topicId: topic.id })}
          />
        )}
      </div>
      <TopicTranslationsList topic={topic} nameOf={nameOf} />
      <MergeControl topic={topic} others={others} />
      <ErrorMessage code={action.error} />
    </TopicCard>
  );
}
