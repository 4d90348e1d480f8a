/**
 * Languages of the interface, and the languages a topic can be written or translated in.
 * `fa` is Dari, the Persian of Afghanistan; the interface names it so (see the client locales).
 */
export const LANGUAGES = ['fr', 'en', 'ar', 'fa', 'ps', 'uk', 'ti'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Written right to left: the layout mirrors, and user text in them is isolated inside left-to-right pages. */
export const RTL_LANGUAGES: readonly Language[] = ['ar', 'fa', 'ps'];

/** Without zod: a phone asks this of its stored choice and of `?lang=` on its first load. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
