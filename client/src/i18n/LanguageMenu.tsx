import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { saveLanguageChoice } from './languageChoice.ts';
import { ENDONYMS, isLanguage, LANGUAGES } from './languages.ts';

/** Present on every page. Each language is named in itself, so anyone can find their own. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const choose = (value: string) => {
    if (!isLanguage(value)) return;
    saveLanguageChoice(value);
    void i18n.changeLanguage(value);
  };
  return (
    <div className="language-menu">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} data-testid="language-select" value={i18n.language} onChange={(e) => choose(e.target.value)}>
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {ENDONYMS[lng]}
          </option>
        ))}
      </select>
    </div>
  );
}
