import { LANGUAGES, type Language } from '@forum-ouvert/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ENDONYMS } from '../../i18n/languages.ts';

interface Props {
  value: Language | null;
  onChange: (language: Language | null) => void;
  /** Offer "not said": only for a topic from before topics had a language, so editing it does not guess one. */
  allowUnknown: boolean;
}

/** The language a title is typed in, so someone typing French on an English phone can say so. Named in itself. */
export function WrittenInSelect({ value, onChange, allowUnknown }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('topicLanguage.writtenIn')}</label>
      <select
        id={id}
        data-testid="topic-language-select"
        value={value ?? ''}
        onChange={(e) => {
          const chosen = LANGUAGES.find((language) => language === e.target.value);
          onChange(chosen ?? null);
        }}
      >
        {allowUnknown && <option value="">{t('topicLanguage.notSaid')}</option>}
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {ENDONYMS[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
