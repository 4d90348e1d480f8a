import { NotSentYet } from './NotSentYet.tsx';
import { usePendingTopic } from './usePending.ts';

/** "Not sent yet" on a topic card: a topic proposed offline, or an edit or translation of it. */
export function PendingTopic({ topicId }: { topicId: string }) {
  if (!usePendingTopic(topicId)) return null;
  return <NotSentYet testId={`pending-topic-${topicId}`} />;
}
