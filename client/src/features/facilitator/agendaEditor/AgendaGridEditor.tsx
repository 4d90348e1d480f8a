import type { Cell } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { slotTimes } from '../../../i18n/format.ts';
import type { AgendaModel } from './agendaModel.ts';
import { EditorCell } from './EditorCell.tsx';
import { SpaceColumnTitle } from './SpaceColumnTitle.tsx';

interface Props {
  model: AgendaModel;
  pending: boolean;
  onMove: (topicId: string, to: Cell | null) => void;
  onLock: (topicId: string, locked: boolean) => void;
}

/** Rows are slots in time order, columns are spaces; every cell takes a dropped topic. */
export function AgendaGridEditor({ model, pending, onMove, onLock }: Props) {
  const { t, i18n } = useTranslation();
  if (model.rows.length === 0 || model.spaces.length === 0) {
    return (
      <p className="banner banner--info" data-testid="agenda-editor-empty">
        {t('agendaEditor.needSpacesAndSlots')}
      </p>
    );
  }
  return (
    <div className="agenda-editor__scroll" tabIndex={0} role="region" aria-label={t('agendaEditor.gridLabel')}>
      <table className="agenda-editor__table" data-testid="agenda-editor-grid">
        <caption className="sr-only">{t('agendaEditor.gridLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agendaEditor.slot')}</th>
            {model.spaces.map((space) => (
              <th key={space.id} scope="col" data-testid={`grid-space-${space.id}`}>
                <SpaceColumnTitle space={space} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map(({ slot, cells }) => (
            <tr key={slot.id} data-testid={`grid-slot-${slot.id}`}>
              <th scope="row" className="agenda-editor__times">
                {t('agendaEditor.times', slotTimes(i18n.language, slot))}
              </th>
              {cells.map(({ space, topic }) => (
                <EditorCell key={space.id} slot={slot} space={space} topic={topic} rows={model.rows} pending={pending} onMove={onMove} onLock={onLock} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
