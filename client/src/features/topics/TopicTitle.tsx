import { titleFor, type Topic } from '@forum-ouvert/shared';
import { useTranslation } from 'react-i18next';
import { ENDONYMS } from '../../i18n/languages.ts';
import { useReaderLanguage } from './useReaderLanguage.ts';
import './topicLanguage.css';

interface Props {
  topic: Topic;
  /** The original title's element: a heading on cards and the spotlight, a paragraph or span elsewhere. */
  as?: 'h2' | 'h3' | 'p' | 'span';
  id?: string;
  className?: string;
}

/**
 * A topic's title wherever topics are shown: the original as typed (marked with its language, its
 * direction found from its text), and beneath it the translation into the reader's language when
 * someone added one. The translation is a span, so this fits inside a paragraph as well as a list.
 */
export function TopicTitle({ topic, as: Original = 'span', id, className }: Props) {
  const { t } = useTranslation();
  const reader = useReaderLanguage();
  const { original, translation } = titleFor(topic, reader);
  return (
    <>
      <Original id={id} className={className} lang={topic.language ?? undefined} dir="auto">
        {original}
      </Original>
      {translation && (
        <span className="topic-translation" data-testid={`topic-translation-${topic.id}`} data-lang={reader}>
          <span className="topic-translation__label">{t('topicLanguage.translationLabel', { language: ENDONYMS[reader] })}</span>{' '}
          <span className="topic-translation__title" lang={reader} dir="auto">
            {translation.title}
          </span>
        </span>
      )}
    </>
  );
}
