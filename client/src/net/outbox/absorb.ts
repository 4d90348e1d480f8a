import type { OfflineCommand } from '@forum-ouvert/shared';
import { isLocalId, isLocalIdOf, type OutboxEntry } from './entry.ts';

/**
 * How a new command joins the queue. Taking back a dot that is still waiting cancels that dot;
 * withdrawing or editing a topic that exists only on this phone changes its waiting proposal.
 * Neither needs sending then, and the queue stays as short as what the person really did.
 */
export type Absorption =
  | { kind: 'append' }
  | { kind: 'cancel'; commandId: string }
  | { kind: 'replace'; commandId: string; command: OfflineCommand }
  /** It names something only this phone knows, already on its way: it can be done once that arrives. */
  | { kind: 'later' };

/** What a placement of a dot is undone by. */
function placementUndone(entry: OfflineCommand, command: OfflineCommand): boolean {
  if (command.type === 'removeDot') return entry.type === 'placeDot' && entry.topicId === command.topicId;
  if (command.type === 'removeProposalDot') return entry.type === 'placeProposalDot' && entry.proposalId === command.proposalId;
  return false;
}

function proposalOf(entries: readonly OutboxEntry[], topicId: string): OutboxEntry | undefined {
  return entries.find((entry) => entry.command.type === 'proposeTopic' && isLocalIdOf(topicId, entry.commandId));
}

/** `busy`: the entry being sent right now, which can no longer change. */
export function absorb(entries: readonly OutboxEntry[], command: OfflineCommand, busy: string | null): Absorption {
  const changeable = (entry: OutboxEntry) => entry.status === 'waiting' && entry.commandId !== busy;
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry && changeable(entry) && placementUndone(entry.command, command)) return { kind: 'cancel', commandId: entry.commandId };
  }
  if (!('topicId' in command) || !isLocalId(command.topicId)) return { kind: 'append' };
  const proposal = proposalOf(entries, command.topicId);
  if (!proposal || proposal.command.type !== 'proposeTopic' || !changeable(proposal)) return { kind: 'later' };
  if (command.type === 'withdrawTopic') return { kind: 'cancel', commandId: proposal.commandId };
  if (command.type === 'editTopic') {
    const { title, description, themeId } = command;
    const language = command.language === undefined ? proposal.command.language : command.language;
    return {
      kind: 'replace',
      commandId: proposal.commandId,
      command: { ...proposal.command, title, description, themeId, ...(language === undefined ? {} : { language }) },
    };
  }
  return { kind: 'later' };
}
