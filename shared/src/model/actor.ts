import type { Participant } from './session.ts';

/** Who sends a command; established by the server from the socket's credentials, never from the payload. */
export type Actor =
  | { role: 'facilitator' }
  | { role: 'participant'; participantId: Participant['id'] }
  | { role: 'projector' };

export type Role = Actor['role'];

/** What decide needs from the outside world, injected so that decide stays pure. */
export interface DecideContext {
  actor: Actor;
  now: number;
  newId: (prefix: string) => string;
}
