import { LIMITS, type Language } from '@forum-ouvert/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CharCount } from '../../components/CharCount.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ENDONYMS } from '../../i18n/languages.ts';
import type { ClientErrorCode } from '../../net/errors.ts';

interface Props {
  original: string;
  originalLanguage: Language | null;
  /** The language the translation is written in: the reader's. */
  language: Language;
  initial: string;
  pending: boolean;
  error: ClientErrorCode | null;
  onSubmit: (title: string) => void;
  onCancel: () => void;
  testId: string;
}

/** One field for a topic's title in the reader's language, with the original shown above it to translate from. */
export function TranslationForm({ original, originalLanguage, language, initial, pending, error, onSubmit, onCancel, testId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState(initial);
  const [empty, setEmpty] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const clean = title.trim();
    setEmpty(clean.length === 0);
    if (!clean) {
      field.current?.focus();
      return;
    }
    onSubmit(clean);
  }

  return (
    <form className="stack stack--tight" onSubmit={submit} noValidate data-testid={testId}>
      <p className="hint">{t('topicLanguage.original')}</p>
      <p className="translation-original" lang={originalLanguage ?? undefined} dir="auto">
        {original}
      </p>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('topicLanguage.field', { language: ENDONYMS[language] })}</label>
        <input
          ref={field}
          id={`${id}-title`}
          lang={language}
          dir="auto"
          autoFocus
          data-testid="translation-input"
          value={title}
          maxLength={LIMITS.topicTitleMax}
          required
          aria-invalid={empty}
          aria-describedby={`${id}-count${empty ? ` ${id}-problem` : ''}`}
          onChange={(e) => setTitle(e.target.value)}
        />
        <CharCount id={`${id}-count`} length={title.length} max={LIMITS.topicTitleMax} />
      </div>
      {empty && (
        <p className="error" role="alert" id={`${id}-problem`}>
          {t('topicLanguage.titleRequired')}
        </p>
      )}
      <ErrorMessage code={error} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={pending} data-testid={`${testId}-submit`}>
          {t('topicLanguage.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
