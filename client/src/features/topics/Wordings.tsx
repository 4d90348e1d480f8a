import type { Topic } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';

/** A merged topic keeps every original wording (and who wrote it) under the chosen title. */
export function Wordings({ topic, nameOf }: { topic: Topic; nameOf?: (participantId: string) => string }) {
  const { t } = useTranslation();
  if (topic.wordings.length < 2) return null;
  return (
    <details className="wordings" data-testid={`wordings-${topic.id}`}>
      <summary>{t('topic.mergedFrom', { count: topic.wordings.length })}</summary>
      <ul>
        {topic.wordings.map((w, i) => (
          <li key={i}>
            <strong dir="auto">{w.title}</strong>
            {w.description && <span className="wordings__description" dir="auto">
                {w.description}
              </span>}
            {nameOf && <span className="hint">{t('topic.wordingBy', { name: nameOf(w.proposerId) })}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
