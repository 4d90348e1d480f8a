import { useTranslation } from 'react-i18next';

/** The number the scheduler minimises, in words, next to the grid; updated after every move. */
export function ConflictFigure({ conflicts }: { conflicts: number }) {
  const { t } = useTranslation();
  return (
    <p className={conflicts > 0 ? 'banner banner--warn' : 'banner banner--ok'} role="status" data-testid="agenda-conflicts" data-count={conflicts}>
      {t('agendaEditor.conflicts', { count: conflicts })}
    </p>
  );
}
