import type { z } from 'zod';
import { phaseAllows } from '../model/phase.ts';
import { fail } from '../protocol/errors.ts';
import { groupOf } from '../rules/agenda.ts';
import { accept, type Decide } from './decision.ts';
import type { LeaveGroupSchema } from './leaveGroup.schema.ts';

export type LeaveGroup = z.infer<typeof LeaveGroupSchema>;

export const decideLeaveGroup: Decide<LeaveGroup> = (state, command, ctx) => {
  if (ctx.actor.role !== 'participant') return fail('FORBIDDEN', 'Only a participant moves themselves');
  const choosing = state.breakouts.mode === 'free' && state.phase === 'agenda';
  if (!state.agenda.published || !(choosing || phaseAllows(state.phase, 'move'))) {
    return fail('WRONG_PHASE', 'Groups cannot be changed now');
  }
  const fromTopicId = groupOf(state, ctx.actor.participantId, command.slotId);
  if (!fromTopicId) return fail('NOT_FOUND', 'You are in no group in that slot');
  return accept({ type: 'GroupLeft', participantId: ctx.actor.participantId, slotId: command.slotId, fromTopicId, via: 'self' });
};
