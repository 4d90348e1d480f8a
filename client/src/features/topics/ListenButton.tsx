import type { Language } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import { isolate } from '../../i18n/bidi.ts';
import { ENDONYMS } from '../../i18n/languages.ts';
import { useSpeech } from './useSpeech.ts';

interface Props {
  /** What is read, in order: a title, then its description if any. */
  texts: readonly string[];
  /** The language of those texts: the voice is chosen for it. */
  language: Language;
  /** The title, for the button's accessible name. */
  title: string;
  testId: string;
}

/**
 * A speaker and the name of the language, for people who read little. Absent where the
 * browser cannot speak that language; a second press stops.
 */
export function ListenButton({ texts, language, title, testId }: Props) {
  const { t } = useTranslation();
  const speech = useSpeech(language);
  if (!speech.available) return null;
  const name = ENDONYMS[language];
  return (
    <button
      type="button"
      className="button listen-button"
      aria-label={t('topicLanguage.listen', { language: name, title: isolate(title) })}
      aria-pressed={speech.speaking}
      onClick={() => speech.toggle(texts)}
      data-testid={testId}
      data-lang={language}
    >
      <Icon name={speech.speaking ? 'stop' : 'speaker'} />
      <span lang={language}>{name}</span>
    </button>
  );
}
