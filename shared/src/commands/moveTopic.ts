import type { z } from 'zod';
import type { SessionState } from '../model/session.ts';
import { fail } from '../protocol/errors.ts';
import { headcount, topicInCell } from '../rules/agenda.ts';
import { accept, type Decide } from './decision.ts';
import type { MoveTopicSchema } from './moveTopic.schema.ts';

/** Moves a topic to a cell (swapping with the topic there, if any), or out of the grid when `to` is null. */
export type MoveTopic = z.infer<typeof MoveTopicSchema>;

/** Whether one of the topic's conveners already convenes another topic of the slot. */
function convenerBusy(state: SessionState, topicId: string, slotId: string, ignoring: string[]): boolean {
  const conveners = state.topics[topicId]?.proposerIds ?? [];
  return Object.entries(state.agenda.placements).some(
    ([otherId, cell]) =>
      cell.slotId === slotId &&
      !ignoring.includes(otherId) &&
      (state.topics[otherId]?.proposerIds ?? []).some((id) => conveners.includes(id)),
  );
}

export const decideMoveTopic: Decide<MoveTopic> = (state, command) => {
  const topic = state.topics[command.topicId];
  if (!topic || topic.hidden) return fail('NOT_FOUND', 'Unknown topic');
  const from = state.agenda.placements[topic.id];
  if (!command.to) {
    if (!from) return fail('CONFLICT', 'The topic is not scheduled');
    return accept({ type: 'TopicMoved', topicId: topic.id, to: null, swappedTopicId: null });
  }
  const { slotId, spaceId } = command.to;
  if (!(slotId in state.slots) || !(spaceId in state.spaces)) return fail('NOT_FOUND', 'Unknown cell');
  if (from?.slotId === slotId && from.spaceId === spaceId) return fail('CONFLICT', 'The topic is already there');
  const swapped = topicInCell(state, slotId, spaceId) ?? null;
  const moving = [topic.id, ...(swapped ? [swapped] : [])];
  if (convenerBusy(state, topic.id, slotId, moving)) return fail('CONFLICT', 'A convener of this topic is busy in that slot');
  if (swapped && from && convenerBusy(state, swapped, from.slotId, moving)) {
    return fail('CONFLICT', 'A convener of the other topic is busy in that slot');
  }
  // A group keeps meeting when its topic changes room within the slot: the new room must seat it.
  if (from?.slotId === slotId && headcount(state, slotId, topic.id) > capacityOf(state, spaceId)) {
    return fail('CONFLICT', 'More people already sit in this group than that space holds');
  }
  if (swapped && from?.slotId === slotId && headcount(state, slotId, swapped) > capacityOf(state, from.spaceId)) {
    return fail('CONFLICT', 'More people already sit in the other group than this space holds');
  }
  return accept({ type: 'TopicMoved', topicId: topic.id, to: command.to, swappedTopicId: swapped });
};

function capacityOf(state: SessionState, spaceId: string): number {
  return state.spaces[spaceId]?.capacity ?? 0;
}
