import { tallyOf, type SessionState, type Topic } from '@forum-ouvert/shared';
import { PendingTopic } from '../outbox/PendingTopic.tsx';
import { TopicCard } from './TopicCard.tsx';
import { TopicDots } from './TopicDots.tsx';
import { TopicTranslation } from './TopicTranslation.tsx';

/** A participant's view of a topic during the vote: the card and its dot buttons. */
export function VotableTopic({ state, topic, me }: { state: SessionState; topic: Topic; me: string }) {
  return (
    <TopicCard
      topic={topic}
      theme={state.themes.find((th) => th.id === topic.themeId)}
      mine={topic.proposerIds.includes(me)}
      tally={tallyOf(state, topic.id)}
    >
      <PendingTopic topicId={topic.id} />
      <TopicDots state={state} topicId={topic.id} topicTitle={topic.title} participantId={me} />
      <TopicTranslation state={state} topic={topic} me={me} />
    </TopicCard>
  );
}
