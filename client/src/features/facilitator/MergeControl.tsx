import type { Topic } from '@forum-ouvert/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../hooks/useCommand.ts';

/** Merge a duplicate into another topic, which keeps every wording, proposer and dot. */
export function MergeControl({ topic, others }: { topic: Topic; others: readonly Topic[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [targetId, setTargetId] = useState('');
  const { run, pending, error } = useCommand();
  const targets = others.filter((o) => o.id !== topic.id);
  if (targets.length === 0) return null;
  return (
    <details className="merge">
      <summary data-testid={`merge-${topic.id}`}>
        {t('moderation.merge')}
        <span className="sr-only"> {topic.title}</span>
      </summary>
      <div className="stack stack--tight">
        <p className="hint">{t('moderation.mergeExplain')}</p>
        <label htmlFor={`${id}-target`}>{t('moderation.mergeInto')}</label>
        <select id={`${id}-target`} value={targetId} onChange={(e) => setTargetId(e.target.value)} data-testid={`merge-target-${topic.id}`}>
          <option value="">{t('moderation.mergeChoose')}</option>
          {targets.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={!targetId || pending}
          onClick={() => void run({ type: 'mergeTopics', sourceId: topic.id, targetId }).then((r) => r.ok && setTargetId(''))}
          data-testid={`merge-confirm-${topic.id}`}
        >
          {t('moderation.mergeConfirm')}
        </button>
        <ErrorMessage code={error} />
      </div>
    </details>
  );
}
