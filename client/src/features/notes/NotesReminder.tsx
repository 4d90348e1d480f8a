import type { Slot, Timer } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { useNotesReminder } from './useNotesReminder.ts';

/** "Time to write down your proposals", in the group, from 10 minutes before its slot ends. Always in the page (a live region). */
export function NotesReminder({ slot, timer, onOpen }: { slot: Slot; timer: Timer | null; onOpen?: () => void }) {
  const { t } = useTranslation();
  const due = useNotesReminder(slot, timer);
  return (
    <div role="status" aria-live="polite" className={due ? 'banner banner--info notes-reminder' : 'banner banner--empty'} data-testid={`notes-reminder-${slot.id}`} data-due={due}>
      {due && (
        <>
          <strong>{t('notes.reminder.heading')}</strong> {t('notes.reminder.body')}
          {onOpen && (
            <button type="button" className="button button--primary notes-reminder__open" onClick={onOpen}>
              {t('notes.open')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
