import { assertNever, type OfflineCommand, type SessionState } from '@forum-ouvert/shared';

/**
 * The words that name what a command is about, taken when the person acts: by the time a refusal
 * comes back, the topic may be gone (withdrawn, merged), and the message must still say which one.
 */
export function labelOf(view: SessionState, command: OfflineCommand): string {
  switch (command.type) {
    case 'proposeTopic':
      return command.title;
    case 'editTopic':
    case 'withdrawTopic':
    case 'translateTopic':
    case 'placeDot':
    case 'removeDot':
      return view.topics[command.topicId]?.title ?? '';
    case 'placeProposalDot':
    case 'removeProposalDot':
      return view.convergence.proposals[command.proposalId]?.text ?? '';
    default:
      return assertNever(command);
  }
}
