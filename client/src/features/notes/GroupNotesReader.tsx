import { NOTE_SECTIONS, type GroupKey, type NoteSection } from '@forum-ouvert/shared';
import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useGroupNotes } from './useGroupNotes.ts';
import { useYText } from './useYText.ts';

/** A group's notes to read (the newspaper, the projector): live, the empty sections left out. */
export function GroupNotesReader({ group, size = 'normal' }: { group: GroupKey; size?: 'normal' | 'large' }) {
  const { t } = useTranslation();
  const { view } = useGroupNotes(group);
  if (!view || view.status === 'loading') return <p role="status">{t('common.loading')}</p>;
  if (view.problem === 'FORBIDDEN' || view.problem === 'NOT_FOUND') return <p className="hint">{t(`notes.problems.${view.problem}`)}</p>;
  return (
    <div className={`notes-reader notes-reader--${size}`} data-testid={`notes-reader-${group.slotId}-${group.topicId}`}>
      {NOTE_SECTIONS.map((section) => (
        <ReadSection key={`${view.doc.guid}-${section}`} section={section} text={view.doc.getText(section)} />
      ))}
      <EmptyNote doc={view.doc} />
    </div>
  );
}

function ReadSection({ section, text }: { section: NoteSection; text: Y.Text }) {
  const { t } = useTranslation();
  const content = useYText(text);
  if (content.trim() === '') return null;
  return (
    <section className="notes-reader__section">
      <h4>{t(`notes.sections.${section}.label`)}</h4>
      <p className="notes-reader__text" dir="auto">
        {content}
      </p>
    </section>
  );
}

/** "No notes yet", while every section is empty. */
function EmptyNote({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation();
  const subscribe = useCallback(
    (listener: () => void) => {
      doc.on('update', listener);
      return () => doc.off('update', listener);
    },
    [doc],
  );
  const empty = useSyncExternalStore(subscribe, () => NOTE_SECTIONS.every((section) => doc.getText(section).toString().trim() === ''));
  return empty ? <p className="hint">{t('notes.newspaper.noNotes')}</p> : null;
}
