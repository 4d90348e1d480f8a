import type { GroupKey } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';

/** "Notes" on a group the person sits in or convenes. */
export function NotesButton({ group, title, onOpen }: { group: GroupKey; title: string; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--wide"
      aria-label={t('notes.openLabel', { title })}
      onClick={onOpen}
      data-testid={`notes-open-${group.slotId}-${group.topicId}`}
    >
      <Icon name="training" />
      {t('notes.open')}
    </button>
  );
}
