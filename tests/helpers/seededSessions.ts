import { hashSecret, type EventStore } from '@forum-ouvert/server';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, type SocketAuth, type StoredEvent } from '@forum-ouvert/shared';
import { created } from '../../shared/src/testing/fixtures.ts';

/** A session written into a data folder before the server starts, and the credentials to reach it. */
export interface SeededSession {
  sessionId: string;
  code: string;
  facilitatorKey: string;
  facilitatorAuth: SocketAuth;
  projectorAuth: SocketAuth;
  /** The handshake of one of the story's phone participants (p1, p2...). */
  participantAuth(participantId: string): SocketAuth;
  /** That participant's token, as the phone keeps it. */
  tokenOf(participantId: string): string;
}

/** The n-th join code in the alphabet's order: distinct numbers give distinct codes. */
export function nthJoinCode(n: number): string {
  const base = JOIN_CODE_ALPHABET.length;
  let code = '';
  for (let rest = n, i = 0; i < JOIN_CODE_LENGTH; i++, rest = Math.floor(rest / base)) code = JOIN_CODE_ALPHABET.charAt(rest % base) + code;
  return code;
}

/**
 * Writes a session whose log is `story` (the domain tests' fixture events, with their very ids:
 * p1, t1, sl1...) through the server's own store, as the server would have written it, with a
 * token for every phone participant. A server started on the folder afterwards restores it like
 * any other session, so an integration test can begin where a domain story ends.
 */
export function seedSession(store: EventStore, sessionId: string, code: string, story: readonly StoredEvent[]): SeededSession {
  const facilitatorKey = `key-${sessionId}`.padEnd(40, 'k');
  const tokenOf = (participantId: string) => `token-${sessionId}-${participantId}`.padEnd(32, 't');
  const now = Date.now();
  store.createSession({ id: sessionId, code, facilitatorKeyHash: hashSecret(facilitatorKey), createdAt: now }, { ...created(), sessionId, code });
  store.commit({ sessionId, at: now, events: story.map((event, i) => ({ seq: i + 2, event })) });
  for (const event of story) {
    if (event.type !== 'ParticipantJoined' || event.paper) continue;
    store.commit({ sessionId, at: now, events: [], participant: { participantId: event.participantId, tokenHash: hashSecret(tokenOf(event.participantId)) } });
  }
  return {
    sessionId,
    code,
    facilitatorKey,
    facilitatorAuth: { role: 'facilitator', sessionId, key: facilitatorKey },
    projectorAuth: { role: 'projector', code },
    participantAuth: (participantId) => ({ role: 'participant', code, token: tokenOf(participantId) }),
    tokenOf,
  };
}
