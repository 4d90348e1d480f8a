import i18next, { type FormatterModule, type i18n as I18n, type ResourceKey } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { formatNumber } from './format.ts';
import { initialLanguage } from './languageChoice.ts';
import { DEFAULT_LANGUAGE, directionOf, isLanguage, LANGUAGES, type Language } from './languages.ts';

/**
 * One lazy chunk per locale file: a phone downloads the language it shows and no other
 * (seven locales in the main chunk would eat the participant's 150 KB budget).
 */
const LOCALE_FILES = import.meta.glob<{ default: ResourceKey }>('./locales/*.json');

export type LocaleLoader = (language: Language) => Promise<ResourceKey>;

export const loadLocale: LocaleLoader = async (language) => {
  const load = LOCALE_FILES[`./locales/${language}.json`];
  if (!load) throw new Error(`no locale file for ${language}`);
  return (await load()).default;
};

/** Numbers inside sentences ("3 dots") follow the language, like every other number on screen (see format.ts). */
const numbersByLanguage: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // Anything but a number goes back untouched, `undefined` included, so i18next still reports a missing variable.
  format: (value: unknown, _format, lng) => (typeof value === 'number' ? formatNumber(lng ?? DEFAULT_LANGUAGE, value) : (value as string)),
};

/**
 * No French fallback is loaded up front: the completeness test guarantees every key in every
 * language, so French would be downloaded for nothing. Should a key still be missing (a locale
 * edited by hand), French is fetched then, and shown once it arrives (`bindI18n: 'loaded'`).
 */
function frenchWhenMissing(instance: I18n) {
  return (key: string, _defaultValue?: string, options?: { lng?: string }): string => {
    if ((options?.lng ?? instance.language) === DEFAULT_LANGUAGE) return key;
    if (!instance.hasResourceBundle(DEFAULT_LANGUAGE, 'translation')) {
      void instance.loadLanguages(DEFAULT_LANGUAGE);
      return '';
    }
    const french = instance.getFixedT(DEFAULT_LANGUAGE) as unknown as (key: string, options: object) => string;
    return french(key, { ...options, lng: DEFAULT_LANGUAGE });
  };
}

/** Keeps `<html lang dir>` and the tab title in step with the language, for layout, screen readers and hyphenation. */
function reflectLanguage(instance: I18n, language: string): void {
  const known = isLanguage(language) ? language : DEFAULT_LANGUAGE;
  document.documentElement.lang = known;
  document.documentElement.dir = directionOf(known);
  document.title = instance.t('app.name');
}

/** Sets up an i18next instance; the app uses the one below, tests may build their own with a spy loader. */
export function setUpI18n(instance: I18n, language: Language, load: LocaleLoader = loadLocale): Promise<unknown> {
  instance.on('languageChanged', (lng: string) => reflectLanguage(instance, lng));
  return instance
    .use(resourcesToBackend((lng: string) => (isLanguage(lng) ? load(lng) : Promise.reject(new Error(`unsupported language ${lng}`)))))
    .use(numbersByLanguage)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: LANGUAGES,
      load: 'currentOnly',
      ns: ['translation'],
      defaultNS: 'translation',
      interpolation: { escapeValue: false, alwaysFormat: true },
      parseMissingKeyHandler: frenchWhenMissing(instance),
      // Until the locale chunk arrives, components suspend; main.tsx shows a wordless loading state.
      react: { useSuspense: true, bindI18n: 'languageChanged loaded' },
    });
}

const i18n = i18next;
/** Resolves once the starting language is loaded. */
export const i18nReady = setUpI18n(i18n, initialLanguage());

export default i18n;
