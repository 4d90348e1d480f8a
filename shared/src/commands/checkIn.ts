import type { z } from 'zod';
import { phaseAllows } from '../model/phase.ts';
import { fail } from '../protocol/errors.ts';
import { groupOf, isGroupFull, topicInCell } from '../rules/agenda.ts';
import type { CheckInSchema } from './checkIn.schema.ts';
import { accept, type Decide } from './decision.ts';

/** Scanning the QR code at a space's door moves the person into the group meeting there now. */
export type CheckIn = z.infer<typeof CheckInSchema>;

export const decideCheckIn: Decide<CheckIn> = (state, command, ctx) => {
  if (ctx.actor.role !== 'participant') return fail('FORBIDDEN', 'Only a participant checks in');
  if (!(ctx.actor.participantId in state.participants)) return fail('NOT_FOUND', 'Unknown participant');
  const slotId = state.breakouts.currentSlotId;
  if (!slotId || !state.agenda.published || !phaseAllows(state.phase, 'move')) {
    return fail('WRONG_PHASE', 'No group meets right now');
  }
  if (!(command.spaceId in state.spaces)) return fail('NOT_FOUND', 'Unknown space');
  const topicId = topicInCell(state, slotId, command.spaceId);
  if (!topicId) return fail('NOT_FOUND', 'No group meets in this space now');
  const fromTopicId = groupOf(state, ctx.actor.participantId, slotId) ?? null;
  if (fromTopicId === topicId) return fail('CONFLICT', 'You are already in this group');
  if (isGroupFull(state, slotId, topicId)) return fail('CONFLICT', 'This space is full');
  return accept({ type: 'GroupJoined', participantId: ctx.actor.participantId, slotId, topicId, fromTopicId, via: 'checkin' });
};
