import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { groupMoveRefusal, groupOf } from '../rules/agenda.ts';
import { accept, type Decide } from './decision.ts';
import type { JoinGroupSchema } from './joinGroup.schema.ts';

/** The law of two feet: anyone may go to another group of the slot, while it has a free seat. */
export type JoinGroup = z.infer<typeof JoinGroupSchema>;

const MESSAGES = {
  WRONG_PHASE: 'Groups cannot be changed now',
  NOT_FOUND: 'That topic does not meet in that slot',
  CONFLICT: 'That group is full, or you are already in it',
} as const;

export const decideJoinGroup: Decide<JoinGroup> = (state, command, ctx) => {
  if (ctx.actor.role !== 'participant') return fail('FORBIDDEN', 'Only a participant moves themselves');
  const { participantId } = ctx.actor;
  if (!(participantId in state.participants)) return fail('NOT_FOUND', 'Unknown participant');
  const refusal = groupMoveRefusal(state, participantId, command.slotId, command.topicId);
  if (refusal) return fail(refusal, MESSAGES[refusal]);
  return accept({
    type: 'GroupJoined',
    participantId,
    slotId: command.slotId,
    topicId: command.topicId,
    fromTopicId: groupOf(state, participantId, command.slotId) ?? null,
    via: 'self',
  });
};
