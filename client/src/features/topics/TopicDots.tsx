import type { SessionState } from '@forum-ouvert/shared';
import { BallotDots } from './BallotDots.tsx';

interface Props {
  state: SessionState;
  topicId: string;
  topicTitle: string;
  /** Whose dots: the phone's owner, or a paper participant the facilitator acts for (`onBehalf`). */
  participantId: string;
  onBehalf?: boolean;
}

/** Dot buttons of the topic vote. */
export function TopicDots({ state, topicId, topicTitle, ...who }: Props) {
  return <BallotDots state={state} kind="topics" targetId={topicId} targetLabel={topicTitle} {...who} />;
}
