import type { Actor } from '../model/actor.ts';
import type { GroupKey } from '../model/notes.ts';
import type { SessionState } from '../model/session.ts';
import { groupOf } from './agenda.ts';

export type NotesAccess = 'write' | 'read' | 'none';

/** A group exists while its topic is placed in that slot of the agenda. */
export function groupExists(state: SessionState, key: GroupKey): boolean {
  const cell = state.agenda.placements[key.topicId];
  return cell !== undefined && cell.slotId === key.slotId && key.topicId in state.topics;
}

/** Whether this participant sits in the group or convenes its topic. */
export function belongsToGroup(state: SessionState, participantId: string, key: GroupKey): boolean {
  if (groupOf(state, participantId, key.slotId) === key.topicId) return true;
  return state.topics[key.topicId]?.proposerIds.includes(participantId) ?? false;
}

/**
 * Who may write and read a group's notes; the server asks it on every open and every update,
 * the screens to show an editor or a page to read. The facilitator always writes; members and
 * conveners write while the group exists (someone who walks away loses the pen); once the notes
 * are published, everyone reads every group.
 */
export function notesAccess(state: SessionState, actor: Actor, key: GroupKey): NotesAccess {
  if (actor.role === 'facilitator') return 'write';
  if (actor.role === 'participant' && groupExists(state, key) && belongsToGroup(state, actor.participantId, key)) return 'write';
  return state.notesPublished ? 'read' : 'none';
}
