import { assertNever, type ErrorCode, type OfflineCommandType } from '@forum-ouvert/shared';

/** What was not done, as one sentence per kind of action (both votes share the dot sentences). */
export type RefusedAction = 'dotPlaced' | 'dotRemoved' | 'topicProposed' | 'topicEdited' | 'topicWithdrawn' | 'topicTranslated';

/** Why, in words that fit what the action was about ("voting had closed" only for dots). */
export type RefusalReason =
  | 'votingClosed'
  | 'topicsClosed'
  | 'stageOver'
  | 'noDotsLeft'
  | 'dotLimit'
  | 'topicLimit'
  | 'gone'
  | 'changed'
  | 'notAllowed'
  | 'notAccepted'
  | 'serverProblem';

export function refusedAction(type: OfflineCommandType): RefusedAction {
  switch (type) {
    case 'placeDot':
    case 'placeProposalDot':
      return 'dotPlaced';
    case 'removeDot':
    case 'removeProposalDot':
      return 'dotRemoved';
    case 'proposeTopic':
      return 'topicProposed';
    case 'editTopic':
      return 'topicEdited';
    case 'withdrawTopic':
      return 'topicWithdrawn';
    case 'translateTopic':
      return 'topicTranslated';
    default:
      return assertNever(type);
  }
}

export function refusalReason(type: OfflineCommandType, code: ErrorCode): RefusalReason {
  const action = refusedAction(type);
  const aboutDots = action === 'dotPlaced' || action === 'dotRemoved';
  switch (code) {
    case 'WRONG_PHASE':
      return aboutDots ? 'votingClosed' : action === 'topicTranslated' ? 'stageOver' : 'topicsClosed';
    case 'BUDGET_EXCEEDED':
      return 'noDotsLeft';
    case 'CONFLICT':
      return aboutDots ? 'dotLimit' : action === 'topicProposed' ? 'topicLimit' : 'changed';
    case 'NOT_FOUND':
      return 'gone';
    case 'FORBIDDEN':
      return 'notAllowed';
    case 'VALIDATION':
      return 'notAccepted';
    case 'RATE_LIMITED':
    case 'INTERNAL':
      return 'serverProblem';
    default:
      return assertNever(code);
  }
}
