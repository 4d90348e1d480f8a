import type { Space } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon.tsx';

/** A column of the grid: the room, its seats, its working language, and whether an interpreter is there. */
export function SpaceColumnTitle({ space }: { space: Space }) {
  const { t } = useTranslation();
  return (
    <div className="space-column">
      <span className="space-column__name" dir="auto">
        {space.name}
      </span>
      <span className="hint">{t('agendaEditor.seats', { count: space.capacity })}</span>
      {space.language && (
        <span className="hint" dir="auto">
          {space.language}
        </span>
      )}
      {space.interpreter && (
        <span className="hint space-column__interpreter" data-testid={`grid-interpreter-${space.id}`}>
          <Icon name="interpreter" size={18} />
          {t('agendaEditor.interpreter')}
        </span>
      )}
    </div>
  );
}
