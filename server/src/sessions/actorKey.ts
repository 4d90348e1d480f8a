import type { Actor } from '@forum-ouvert/shared';

/** One string per identity: whose command id this is, whose rate-limit bucket. */
export function actorKey(actor: Actor): string {
  return actor.role === 'participant' ? `p:${actor.participantId}` : actor.role;
}
