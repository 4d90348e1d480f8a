import { isLanguage, type Language } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE } from '../../i18n/languages.ts';

/**
 * The language this screen's person reads: the interface language they chose (the projector's
 * own for the wall). Topics are shown with their translation into it, and written in it by default.
 */
export function useReaderLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}
