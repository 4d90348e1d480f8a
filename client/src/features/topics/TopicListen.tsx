import { titleFor, type Topic } from '@forum-ouvert/shared';
import { ListenButton } from './ListenButton.tsx';
import { useReaderLanguage } from './useReaderLanguage.ts';

/**
 * Listen buttons under a topic: the original (title and description) in its language, and the
 * translation into the reader's language when there is one. Renders nothing when neither can be spoken.
 */
export function TopicListen({ topic }: { topic: Topic }) {
  const reader = useReaderLanguage();
  const { original, translation } = titleFor(topic, reader);
  // A topic from before topics had a language is most likely in the language of whoever reads it.
  const originalLanguage = topic.language ?? reader;
  return (
    <div className="listen-row">
      <ListenButton
        texts={[original, topic.description]}
        language={originalLanguage}
        title={original}
        testId={`listen-${topic.id}`}
      />
      {translation && (
        <ListenButton texts={[translation.title]} language={reader} title={translation.title} testId={`listen-translation-${topic.id}`} />
      )}
    </div>
  );
}
