import type { Cell } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../i18n/format.ts';
import { TOPIC_DRAG_TYPE, type AgendaRow, type AgendaTopic } from './agendaModel.ts';
import { MoveMenu } from './MoveMenu.tsx';

interface Props {
  topic: AgendaTopic;
  rows: readonly AgendaRow[];
  pending: boolean;
  onMove: (topicId: string, to: Cell | null) => void;
  onLock: (topicId: string, locked: boolean) => void;
}

/** A topic in the grid or in the "Not scheduled" list: drag it, or move it with its menu; lock it in its cell. */
export function AgendaTopicCard({ topic, rows, pending, onMove, onLock }: Props) {
  const { t, i18n } = useTranslation();
  const conveners = new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' }).format(topic.conveners);
  return (
    <article
      className={topic.locked ? 'agenda-topic agenda-topic--locked' : 'agenda-topic'}
      draggable={!pending}
      onDragStart={(event) => {
        event.dataTransfer.setData(TOPIC_DRAG_TYPE, topic.id);
        event.dataTransfer.setData('text/plain', topic.title);
        event.dataTransfer.effectAllowed = 'move';
      }}
      aria-labelledby={`agenda-topic-title-${topic.id}`}
      data-testid={`agenda-topic-${topic.id}`}
      data-locked={topic.locked}
    >
      <p id={`agenda-topic-title-${topic.id}`} className="agenda-topic__title" dir="auto">
        {topic.title}
      </p>
      {topic.locked && <span className="tag agenda-topic__locked">{t('agendaEditor.locked')}</span>}
      <p className="agenda-topic__meta">
        <span data-testid={`agenda-votes-${topic.id}`} data-count={topic.votes}>
          {t('agendaEditor.votes', { count: topic.votes })}
        </span>
        {topic.conveners.length > 0 && <span>{t('agendaEditor.conveners', { names: conveners, count: topic.conveners.length })}</span>}
      </p>
      <MoveMenu key={`${topic.cell?.slotId}|${topic.cell?.spaceId}`} topic={topic} rows={rows} pending={pending} onMove={onMove} />
      {topic.cell && (
        <button
          type="button"
          className={topic.locked ? 'chip agenda-topic__lock agenda-topic__lock--on' : 'chip agenda-topic__lock'}
          aria-pressed={topic.locked}
          disabled={pending}
          onClick={() => onLock(topic.id, !topic.locked)}
          data-testid={`lock-${topic.id}`}
          data-locked={topic.locked}
        >
          {t('agendaEditor.lock')}
          <span className="sr-only"> {topic.title}</span>
        </button>
      )}
    </article>
  );
}
