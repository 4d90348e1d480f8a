import type { Actor } from '../model/actor.ts';
import { phaseAllows } from '../model/phase.ts';
import type { SessionState, Topic } from '../model/session.ts';

/**
 * Facilitators moderate any topic at any time; a participant edits or withdraws
 * their own topics while the marketplace is open. Shared by decide and the UI.
 */
export function canEditTopic(state: SessionState, actor: Actor, topic: Topic): boolean {
  if (actor.role === 'facilitator') return true;
  if (actor.role !== 'participant') return false;
  return phaseAllows(state.phase, 'propose') && !topic.hidden && topic.proposerIds.includes(actor.participantId);
}

/**
 * Facilitators withdraw only what they entered for someone; they hide the rest (which can be undone).
 * A participant withdraws a topic that is theirs alone.
 */
export function canWithdrawTopic(state: SessionState, actor: Actor, topic: Topic): boolean {
  if (actor.role === 'facilitator') return topic.enteredByFacilitator;
  // After a merge the topic holds other people's wordings too: one of them cannot delete it alone.
  return canEditTopic(state, actor, topic) && topic.proposerIds.length === 1;
}

export function topicsProposedBy(state: SessionState, participantId: string): Topic[] {
  return Object.values(state.topics).filter((t) => t.proposerIds.includes(participantId));
}
