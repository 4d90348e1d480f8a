import type { SessionState } from '@forum-ouvert/shared';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../hooks/useCommand.ts';
import { DotControls } from './DotControls.tsx';
import { dotControlsFor } from './dotControls.ts';

interface Props {
  state: SessionState;
  topicId: string;
  topicTitle: string;
  /** Whose dots: the phone's owner, or a paper participant the facilitator acts for (`onBehalf`). */
  participantId: string;
  onBehalf?: boolean;
}

/** Dot buttons wired to the commands, enabled by the same rule (`dotRefusal`) the server applies. */
export function TopicDots({ state, topicId, topicTitle, participantId, onBehalf = false }: Props) {
  const { run, pending, error } = useCommand();
  const who = onBehalf ? { asParticipantId: participantId } : {};
  return (
    <>
      <DotControls
        {...dotControlsFor(state, participantId, topicId)}
        topicId={topicId}
        topicTitle={topicTitle}
        pending={pending}
        onPlace={() => void run({ type: 'placeDot', topicId, ...who })}
        onRemove={() => void run({ type: 'removeDot', topicId, ...who })}
      />
      <ErrorMessage code={error} />
    </>
  );
}
