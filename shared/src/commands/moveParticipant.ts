import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { groupCapacity, groupOf, isGroupFull } from '../rules/agenda.ts';
import { accept, type Decide } from './decision.ts';
import type { MoveParticipantSchema } from './moveParticipant.schema.ts';

/** The facilitator moves someone by hand (into a group, or out of every group of the slot with null). */
export type MoveParticipant = z.infer<typeof MoveParticipantSchema>;

export const decideMoveParticipant: Decide<MoveParticipant> = (state, command) => {
  const { participantId, slotId, topicId } = command;
  if (!(participantId in state.participants)) return fail('NOT_FOUND', 'Unknown participant');
  if (!(slotId in state.slots)) return fail('NOT_FOUND', 'Unknown slot');
  const fromTopicId = groupOf(state, participantId, slotId) ?? null;
  if (topicId === null) {
    if (!fromTopicId) return fail('CONFLICT', 'That person is in no group in that slot');
    return accept({ type: 'GroupLeft', participantId, slotId, fromTopicId, via: 'facilitator' });
  }
  if (groupCapacity(state, slotId, topicId) === 0) return fail('NOT_FOUND', 'That topic does not meet in that slot');
  if (fromTopicId === topicId) return fail('CONFLICT', 'That person is already in this group');
  if (isGroupFull(state, slotId, topicId)) return fail('CONFLICT', 'That group is full');
  return accept({ type: 'GroupJoined', participantId, slotId, topicId, fromTopicId, via: 'facilitator' });
};
