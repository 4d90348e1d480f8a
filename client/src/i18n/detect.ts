import { PAGES } from '@forum-ouvert/shared';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_STORAGE_KEY, PROJECTOR_LANGUAGE_STORAGE_KEY, type Language } from './languages.ts';

/** What the device tells us, read once by `languageChoice.ts`; kept apart so the order is testable without a browser. */
export interface LanguageClues {
  /** The `?lang=` parameter, if any. */
  query: string | null;
  /** The choice saved on this device (under the key of this page, see `storageKeyFor`). */
  saved: string | null;
  /** `navigator.languages`, most preferred first. */
  browser: readonly string[];
}

/**
 * Codes a browser may send that are not the two-letter code we use. Dari has no ISO 639-1 code,
 * so a phone set to Dari may say `prs` (or `prs-AF`) rather than `fa-AF`.
 */
const ALIASES: Readonly<Record<string, Language>> = { prs: 'fa' };

/** The interface language for a BCP 47 tag, by its primary subtag (`fa-AF` → fa, `ar-MA` → ar), or null. */
export function languageOfTag(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (isLanguage(primary)) return primary;
  return ALIASES[primary] ?? null;
}

/** `?lang=`, then the choice saved on this device, then the browser's languages in order, then French. */
export function detectLanguage({ query, saved, browser }: LanguageClues): Language {
  for (const candidate of [query, saved, ...browser]) {
    const language = candidate ? languageOfTag(candidate) : null;
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/** The projector page keeps its own choice; every other page shares the device's. */
export function storageKeyFor(pathname: string): string {
  return pathname.startsWith(PAGES.projector('')) ? PROJECTOR_LANGUAGE_STORAGE_KEY : LANGUAGE_STORAGE_KEY;
}
