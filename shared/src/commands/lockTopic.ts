import type { z } from 'zod';
import { fail } from '../protocol/errors.ts';
import { accept, type Decide } from './decision.ts';
import type { LockTopicSchema } from './lockTopic.schema.ts';

/** A locked cell is kept as it is when "propose an agenda" runs again. */
export type LockTopic = z.infer<typeof LockTopicSchema>;

export const decideLockTopic: Decide<LockTopic> = (state, command) => {
  if (!(command.topicId in state.agenda.placements)) return fail('NOT_FOUND', 'Only a scheduled topic can be locked');
  if (state.agenda.locked.includes(command.topicId) === command.locked) return fail('CONFLICT', 'Already in that state');
  return accept({ type: 'TopicLockChanged', topicId: command.topicId, locked: command.locked });
};
