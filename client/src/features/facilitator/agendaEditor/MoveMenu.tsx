import type { Cell } from '@forum-ouvert/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { slotTimes } from '../../../i18n/format.ts';
import { cellFromKey, cellKey, NOT_SCHEDULED, type AgendaRow, type AgendaTopic } from './agendaModel.ts';

interface Props {
  topic: AgendaTopic;
  rows: readonly AgendaRow[];
  pending: boolean;
  onMove: (topicId: string, to: Cell | null) => void;
}

/**
 * The keyboard and touch way to do what dragging does: pick a cell ("10:00–11:00 · Salle Iroise",
 * swapping with whoever is there) or "Not scheduled", then confirm. A choice alone sends nothing,
 * since arrow keys on a closed list change its value in some browsers.
 */
export function MoveMenu({ topic, rows, pending, onMove }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const here = cellKey(topic.cell);
  const [choice, setChoice] = useState(here);
  const options = rows.flatMap(({ slot, cells }) =>
    cells.map(({ space, topic: occupant }) => {
      const key = cellKey({ slotId: slot.id, spaceId: space.id });
      const where = { ...slotTimes(i18n.language, slot), space: space.name };
      const label =
        key === here
          ? t('agendaEditor.move.here', where)
          : occupant
            ? t('agendaEditor.move.swap', { ...where, topic: occupant.title })
            : t('agendaEditor.move.cell', where);
      return { key, label };
    }),
  );
  return (
    <div className="move-menu">
      <label htmlFor={`${id}-to`} className="sr-only">
        {t('agendaEditor.move.label', { title: topic.title })}
      </label>
      <select id={`${id}-to`} value={choice} onChange={(e) => setChoice(e.target.value)} data-testid={`move-select-${topic.id}`}>
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
        <option value={NOT_SCHEDULED}>{here === NOT_SCHEDULED ? t('agendaEditor.move.notScheduledHere') : t('agendaEditor.move.notScheduled')}</option>
      </select>
      <button
        type="button"
        className="button"
        disabled={pending || choice === here}
        onClick={() => onMove(topic.id, cellFromKey(choice))}
        data-testid={`move-submit-${topic.id}`}
      >
        {t('agendaEditor.move.submit')}
        <span className="sr-only"> {topic.title}</span>
      </button>
    </div>
  );
}
