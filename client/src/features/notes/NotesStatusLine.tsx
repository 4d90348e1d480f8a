import { NOTES_MAX_BYTES } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import type { NotesView } from './notesChannel.ts';

/** Saved / not sent yet / offline, and (apart, announced) why something was refused. */
export function NotesStatusLine({ view }: { view: NotesView }) {
  const { t } = useTranslation();
  const readOnly = view.access === 'read';
  return (
    <div className="notes-status stack stack--tight">
      <p className={`notes-status__line notes-status__line--${view.status}`} data-testid="notes-status" data-status={view.status}>
        {readOnly && view.status === 'saved' ? t('notes.readOnly') : t(`notes.status.${view.status}`)}
      </p>
      <div role="alert" data-testid="notes-problem" data-problem={view.problem ?? ''}>
        {view.problem && <p className="error">{t(`notes.problems.${view.problem}`, { kb: NOTES_MAX_BYTES / 1024 })}</p>}
      </div>
    </div>
  );
}
