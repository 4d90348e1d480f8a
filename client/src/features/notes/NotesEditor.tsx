import { NOTE_SECTIONS, type NoteSection, type NotesPresence } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { NoteSectionField } from './NoteSectionField.tsx';

export interface NotesEditorProps {
  doc: Y.Doc;
  readOnly: boolean;
  writers: readonly NotesPresence[];
  admit: (bytes: number) => boolean;
  onCaret: (section: NoteSection | null) => void;
}

/** The five sections of the template, each bound to its Y.Text; fields are rebuilt when the doc is replaced. */
export function NotesEditor({ doc, readOnly, writers, admit, onCaret }: NotesEditorProps) {
  const { t } = useTranslation();
  const namesIn = (section: NoteSection) => writers.filter((w) => w.section === section).map((w) => w.name ?? t('notes.facilitator'));
  return (
    <div className="notes-editor stack" data-testid="notes-editor" data-readonly={readOnly}>
      {NOTE_SECTIONS.map((section) => (
        <NoteSectionField
          key={`${doc.guid}-${section}`}
          section={section}
          text={doc.getText(section)}
          readOnly={readOnly}
          writers={namesIn(section)}
          admit={admit}
          onCaret={onCaret}
        />
      ))}
    </div>
  );
}
