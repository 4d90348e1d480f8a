import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './languages.ts';

/** Present on every page. Each language is named in itself, so anyone can find their own. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-menu">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        data-testid="language-select"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(e) => void i18n.changeLanguage(e.target.value)}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {i18n.getFixedT(lng)('language.name')}
          </option>
        ))}
      </select>
    </div>
  );
}
