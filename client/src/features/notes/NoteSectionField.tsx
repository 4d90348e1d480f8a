import type { NoteSection } from '@forum-ouvert/shared';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { isolate } from '../../i18n/bidi.ts';
import { intlLocale } from '../../i18n/format.ts';
import { useYTextBinding } from './useYTextBinding.ts';

export interface NoteSectionFieldProps {
  section: NoteSection;
  text: Y.Text;
  readOnly: boolean;
  /** Who else has their caret in this section. */
  writers: readonly string[];
  admit: (bytes: number) => boolean;
  /** Where the caret is: this section on focus and on each edit, null on blur. */
  onCaret?: (section: NoteSection | null) => void;
}

/** One section of the template: its label, what to write there, a textarea bound to its Y.Text. */
export function NoteSectionField({ section, text, readOnly, writers, admit, onCaret }: NoteSectionFieldProps) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const binding = useYTextBinding(text, ref, { admit, onEdit: () => onCaret?.(section) });
  const names = new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' }).format(writers.map(isolate));
  return (
    <div className="notes-section" data-testid={`notes-section-${section}`}>
      <label htmlFor={id} className="notes-section__label">
        {t(`notes.sections.${section}.label`)}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t(`notes.sections.${section}.hint`)}
      </p>
      <textarea
        id={id}
        ref={ref}
        className="notes-section__text"
        dir="auto"
        rows={4}
        readOnly={readOnly}
        aria-describedby={`${id}-hint`}
        spellCheck
        onFocus={() => onCaret?.(section)}
        onBlur={() => onCaret?.(null)}
        data-testid={`notes-text-${section}`}
        {...binding}
      />
      <p className="notes-section__writers" aria-live="off" data-testid={`notes-writers-${section}`}>
        {writers.length > 0 ? t('notes.writing', { names, count: writers.length }) : ''}
      </p>
    </div>
  );
}
