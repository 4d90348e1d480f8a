import { LANGUAGES, type Topic } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../hooks/useCommand.ts';
import { ENDONYMS } from '../../i18n/languages.ts';

interface Props {
  topic: Topic;
  nameOf: (participantId: string) => string;
}

/** Moderation: every translation of a topic, who wrote it, and a way to take any one down. */
export function TopicTranslationsList({ topic, nameOf }: Props) {
  const { t } = useTranslation();
  const remove = useCommand();
  const translations = LANGUAGES.flatMap((language) => {
    const translation = topic.translations[language];
    return translation ? [{ language, ...translation }] : [];
  });
  if (translations.length === 0) return null;
  return (
    <div className="stack stack--tight" data-testid={`translations-${topic.id}`}>
      <p className="hint">{t('topicLanguage.translationsHeading')}</p>
      <ul className="translation-list">
        {translations.map(({ language, title, translatorId }) => (
          <li key={language} data-testid={`translation-${topic.id}-${language}`}>
            <span lang={language}>{ENDONYMS[language]}</span>
            <strong lang={language} dir="auto">
              {title}
            </strong>
            <span className="hint">
              {translatorId === null ? t('topicLanguage.translatedByFacilitator') : t('topicLanguage.translatedBy', { name: nameOf(translatorId) })}
            </span>
            <button
              type="button"
              className="button"
              disabled={remove.pending}
              onClick={() => void remove.run({ type: 'removeTopicTranslation', topicId: topic.id, language })}
              data-testid={`remove-translation-${topic.id}-${language}`}
            >
              {t('topicLanguage.remove')}{' '}
              <span className="sr-only">{`${ENDONYMS[language]} ${title}`}</span>
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage code={remove.error} />
    </div>
  );
}
