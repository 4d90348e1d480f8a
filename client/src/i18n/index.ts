import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { DEFAULT_LANGUAGE, LANGUAGE_QUERY_PARAM, LANGUAGE_STORAGE_KEY, LANGUAGES } from './languages.ts';

export const resources = { fr: { translation: fr }, en: { translation: en } } as const;

/** Keeps `<html lang dir>` and the tab title in step, for screen readers, hyphenation and future RTL languages. */
function reflectLanguage(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = i18n.dir(lng);
  document.title = i18n.t('app.name');
}

i18n.on('languageChanged', reflectLanguage);

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    load: 'languageOnly',
    initAsync: false,
    interpolation: { escapeValue: false },
    detection: {
      // An explicit `?lang=` wins, then the last choice made on this device; otherwise French.
      order: ['querystring', 'localStorage'],
      lookupQuerystring: LANGUAGE_QUERY_PARAM,
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
  });

export default i18n;
