import { RTL_LANGUAGES, type Language } from '@forum-ouvert/shared';

// The list lives in shared (topics carry a language too); the client only adds how to show it.
export { isLanguage, LANGUAGES, RTL_LANGUAGES, type Language } from '@forum-ouvert/shared';

export const DEFAULT_LANGUAGE: Language = 'fr';

/**
 * Each language named in itself, so anyone finds their own in the menu, and the menu can list
 * them all without downloading six locale files. `fa` is Dari, as people from Afghanistan call it.
 */
export const ENDONYMS: Record<Language, string> = {
  fr: 'Français',
  en: 'English',
  ar: 'العربية',
  fa: 'دری',
  ps: 'پښتو',
  uk: 'Українська',
  ti: 'ትግርኛ',
};

/** Where a phone or a console remembers the language chosen on this device. */
export const LANGUAGE_STORAGE_KEY = 'fo.lang';
/**
 * The projector's own choice: the facilitator's laptop often runs the console in French and the
 * projector window, in the same browser, in the language of the room.
 */
export const PROJECTOR_LANGUAGE_STORAGE_KEY = 'fo.lang.projector';
/** `?lang=ar` in a link or a QR code picks the language before anything else. */
export const LANGUAGE_QUERY_PARAM = 'lang';

export function directionOf(language: Language): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
}
