import { NOTES_MAX_BYTES } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import type { NotesView } from './notesChannel.ts';

/** Saved / not sent yet / offline (or read only), and, apart and announced, why something was refused. */
export function NotesStatusLine({ view }: { view: NotesView }) {
  const { t } = useTranslation();
  const refused = view.access === null && view.problem !== null;
  const line =
    view.access === 'read' ? (view.status === 'offline' ? t('notes.status.offlineReader') : t('notes.readOnly')) : t(`notes.status.${view.status}`);
  return (
    <div className="notes-status stack stack--tight">
      {!refused && (
        <p className={`notes-status__line notes-status__line--${view.status}`} data-testid="notes-status" data-status={view.status}>
          {line}
        </p>
      )}
      {/* Polite: the person is usually typing when a problem comes up. */}
      <div aria-live="polite" data-testid="notes-problem" data-problem={view.problem ?? ''}>
        {view.problem && <p className="error">{t(`notes.problems.${view.problem}`, { kb: NOTES_MAX_BYTES / 1024 })}</p>}
      </div>
    </div>
  );
}
