/** Languages the interface is translated into; each has a complete locale file with the same keys. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';
/** Where a chosen language is remembered, and the query parameter that picks one (`?lang=en`). */
export const LANGUAGE_STORAGE_KEY = 'fo.lang';
export const LANGUAGE_QUERY_PARAM = 'lang';
