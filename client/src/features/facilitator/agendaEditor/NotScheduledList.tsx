import type { Cell } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import type { AgendaModel } from './agendaModel.ts';
import { AgendaTopicCard } from './AgendaTopicCard.tsx';
import { useTopicDrop } from './useTopicDrop.ts';

interface Props {
  model: AgendaModel;
  pending: boolean;
  onMove: (topicId: string, to: Cell | null) => void;
  onLock: (topicId: string, locked: boolean) => void;
}

/** Visible topics outside the grid, most dots first; dropping a scheduled topic here takes it out. */
export function NotScheduledList({ model, pending, onMove, onLock }: Props) {
  const { t } = useTranslation();
  const { over, dropProps } = useTopicDrop((topicId) => onMove(topicId, null));
  return (
    <section
      className={over ? 'not-scheduled not-scheduled--over stack' : 'not-scheduled stack'}
      aria-labelledby="not-scheduled-heading"
      {...dropProps}
      data-testid="not-scheduled"
      data-count={model.unscheduled.length}
    >
      <h3 id="not-scheduled-heading">{t('agendaEditor.notScheduled', { count: model.unscheduled.length })}</h3>
      {model.unscheduled.length === 0 ? (
        <p className="hint">{t('agendaEditor.allScheduled')}</p>
      ) : (
        <ul className="not-scheduled__list">
          {model.unscheduled.map((topic) => (
            <li key={topic.id}>
              <AgendaTopicCard topic={topic} rows={model.rows} pending={pending} onMove={onMove} onLock={onLock} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
