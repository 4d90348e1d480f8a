import { assertNever, type Actor } from '@forum-ouvert/shared';

/**
 * Socket.IO rooms per session. Projectors and participants share the public room;
 * each participant also has a room of its own, so a batch can go to "everyone but
 * these few" with `.except()` and the few get their personal view.
 */
export const rooms = {
  facilitators: (sessionId: string) => `s:${sessionId}:fac`,
  publicReaders: (sessionId: string) => `s:${sessionId}:pub`,
  projectors: (sessionId: string) => `s:${sessionId}:proj`,
  participant: (sessionId: string, participantId: string) => `s:${sessionId}:p:${participantId}`,
};

/** Every socket of a session is in one of these two rooms, whatever its role. */
export function everyoneIn(sessionId: string): string[] {
  return [rooms.facilitators(sessionId), rooms.publicReaders(sessionId)];
}

export function roomsOf(sessionId: string, actor: Actor): string[] {
  switch (actor.role) {
    case 'facilitator':
      return [rooms.facilitators(sessionId)];
    case 'projector':
      return [rooms.publicReaders(sessionId), rooms.projectors(sessionId)];
    case 'participant':
      return [rooms.publicReaders(sessionId), rooms.participant(sessionId, actor.participantId)];
    default:
      return assertNever(actor);
  }
}
