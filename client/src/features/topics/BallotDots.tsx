import type { BallotKind, Command, SessionState } from '@forum-ouvert/shared';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../hooks/useCommand.ts';
import { PendingDots } from '../outbox/PendingDots.tsx';
import { DotControls } from './DotControls.tsx';
import { dotControlsFor } from './dotControls.ts';

interface Props {
  state: SessionState;
  kind: BallotKind;
  targetId: string;
  targetLabel: string;
  /** Whose dots: the phone's owner, or a paper participant the facilitator acts for (`onBehalf`). */
  participantId: string;
  onBehalf?: boolean;
}

/** The commands of each vote: the same buttons send placeDot on a topic, placeProposalDot on a proposal. */
function commandsFor(kind: BallotKind, targetId: string, who: { asParticipantId?: string }): { place: Command; remove: Command } {
  return kind === 'topics'
    ? { place: { type: 'placeDot', topicId: targetId, ...who }, remove: { type: 'removeDot', topicId: targetId, ...who } }
    : { place: { type: 'placeProposalDot', proposalId: targetId, ...who }, remove: { type: 'removeProposalDot', proposalId: targetId, ...who } };
}

/** Dot buttons wired to the commands, enabled by the same ballot rule (`placeRefusal`) the server applies. */
export function BallotDots({ state, kind, targetId, targetLabel, participantId, onBehalf = false }: Props) {
  const { run, pending, error } = useCommand();
  const commands = commandsFor(kind, targetId, onBehalf ? { asParticipantId: participantId } : {});
  return (
    <>
      <DotControls
        {...dotControlsFor(state, participantId, targetId, kind)}
        targetId={targetId}
        targetLabel={targetLabel}
        kind={kind}
        pending={pending}
        onPlace={() => void run(commands.place)}
        onRemove={() => void run(commands.remove)}
      />
      <PendingDots targetId={targetId} />
      <ErrorMessage code={error} />
    </>
  );
}
