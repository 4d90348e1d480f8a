import { LANGUAGES, type Language } from '../model/languages.ts';
import type { Topic } from '../model/session.ts';
import type { ExportLabels } from './labels.ts';

/** A topic's title in one more language, as readers added it. No translator: proceedings name no one but conveners. */
export interface ProceedingsTranslation {
  language: Language;
  title: string;
}

/** Every translation of a topic, in the order of the languages list, so every format prints them alike. */
export function translationsOf(topic: Topic): ProceedingsTranslation[] {
  return LANGUAGES.flatMap((language) => {
    const translation = topic.translations[language];
    return translation ? [{ language, title: translation.title }] : [];
  });
}

/** `en: Alternative housing; ar: السكن البديل` (with the language's colon), or '' when there is none. */
export function translationsLine(translations: readonly ProceedingsTranslation[], labels: ExportLabels): string {
  return translations.map((t) => `${t.language}${labels.colon} ${t.title}`).join('; ');
}

/** `Title (en: …; ar: …)` where a reader of a table expects the translations: beside the title. */
export function titleWithTranslations(title: string, translations: readonly ProceedingsTranslation[], labels: ExportLabels): string {
  return translations.length > 0 ? `${title} (${translationsLine(translations, labels)})` : title;
}
