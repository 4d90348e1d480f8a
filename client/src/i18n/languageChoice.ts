import { detectLanguage, languageOfTag, storageKeyFor, type LanguageClues } from './detect.ts';
import { LANGUAGE_QUERY_PARAM, type Language } from './languages.ts';

// Storage can throw (private browsing, storage disabled by a kiosk policy): the language then
// simply is not remembered, the page still works.
function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // not remembered, see readStorage
  }
}

/** What this page and this device say about the language, in the order `detectLanguage` weighs them. */
export function languageClues(): LanguageClues {
  return {
    query: new URLSearchParams(window.location.search).get(LANGUAGE_QUERY_PARAM),
    saved: readStorage(storageKeyFor(window.location.pathname)),
    browser: navigator.languages.length > 0 ? navigator.languages : [navigator.language],
  };
}

/** The language to start in. A valid `?lang=` is an explicit choice, so it is remembered like one. */
export function initialLanguage(): Language {
  const clues = languageClues();
  const asked = clues.query ? languageOfTag(clues.query) : null;
  if (asked) saveLanguageChoice(asked);
  return detectLanguage(clues);
}

/** Remembers a choice for this page's kind (projector or not), on this device. */
export function saveLanguageChoice(language: Language): void {
  writeStorage(storageKeyFor(window.location.pathname), language);
}
