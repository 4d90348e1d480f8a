import { EditTopicForm } from '../topics/EditTopicForm.tsx';
import { canEditTopic, canWithdrawTopic, type SessionState, type Topic } from '@forum-ouvert/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../hooks/useCommand.ts';
import { PendingTopic } from '../outbox/PendingTopic.tsx';
import { TopicCard } from '../topics/TopicCard.tsx';
import { TopicTranslation } from '../topics/TopicTranslation.tsx';

/** A topic in the marketplace; the proposer may edit or withdraw it while the rules allow. */
export function OwnTopic({ state, topic, me }: { state: SessionState; topic: Topic; me: string }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const withdraw = useCommand();
  const actor = { role: 'participant', participantId: me } as const;
  const mine = topic.proposerIds.includes(me);
  const theme = state.themes.find((th) => th.id === topic.themeId);
  const canEdit = mine && canEditTopic(state, actor, topic);
  const canWithdraw = mine && canWithdrawTopic(state, actor, topic);

  if (editing && canEdit) {
    return <EditTopicForm topic={topic} themes={state.themes} onDone={() => setEditing(false)} />;
  }
  return (
    // No counts while topics are being proposed: nobody has voted yet.
    <TopicCard topic={topic} theme={theme} mine={mine} tally={null}>
      <PendingTopic topicId={topic.id} />
      {(canEdit || canWithdraw) && (
        <div className="actions">
          {canEdit && (
            <button type="button" className="button" onClick={() => setEditing(true)} data-testid={`edit-${topic.id}`}>
              {t('topic.edit')}
              <span className="sr-only"> {topic.title}</span>
            </button>
          )}
          {canWithdraw && (
            <ConfirmButton
              label={t('topic.withdraw')}
              confirmLabel={t('topic.withdrawConfirm')}
              context={topic.title}
              testId={`withdraw-${topic.id}`}
              disabled={withdraw.pending}
              onConfirm={() => void withdraw.run({ type: 'withdrawTopic', topicId: topic.id })}
            />
          )}
        </div>
      )}
      <ErrorMessage code={withdraw.error} />
      <TopicTranslation state={state} topic={topic} me={me} />
    </TopicCard>
  );
}
