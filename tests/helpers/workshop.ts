import { expect } from 'vitest';
import type { CommandAck, ErrorCode, SessionState } from '@forum-ouvert/shared';
import { TestClient } from './client.ts';
import { createSession, joinParticipant, type ParticipantHandle, type SessionHandle } from './http.ts';
import type { TestServer } from './server.ts';

export function expectOk(ack: CommandAck): number {
  if (!ack.ok) throw new Error(`Refused: ${ack.error.code} ${ack.error.message}`);
  return ack.version;
}

export function expectRefused(ack: CommandAck, code: ErrorCode): void {
  expect(ack.ok ? 'accepted' : ack.error.code).toBe(code);
}

export interface Workshop {
  session: SessionHandle;
  facilitator: TestClient;
  people: ParticipantHandle[];
  participants: TestClient[];
  close(): void;
}

/** A session with a connected facilitator and `count` participants who joined over HTTP and connected. */
export async function openWorkshop(server: TestServer, count: number): Promise<Workshop> {
  const session = await createSession(server.url, { themes: [{ name: 'Santé', icon: 'health' }] });
  const facilitator = await TestClient.connect(server.url, session.facilitatorAuth);
  const people: ParticipantHandle[] = [];
  // One after the other, so participant ids follow a known order.
  for (let i = 0; i < count; i++) people.push(await joinParticipant(server.url, session.code, `Personne ${i}`));
  const participants = await Promise.all(people.map((person) => TestClient.connect(server.url, person.auth)));
  return {
    session,
    facilitator,
    people,
    participants,
    close() {
      for (const client of [facilitator, ...participants]) client.close();
    },
  };
}

/** Topic ids in the order they were proposed (object keys keep insertion order). */
export function topicIds(state: SessionState): string[] {
  return Object.keys(state.topics);
}

/** Waits until every client mirrors the server's latest version. */
export async function converge(server: TestServer, sessionId: string, clients: TestClient[]): Promise<SessionState> {
  const state = server.stateOf(sessionId);
  await Promise.all(clients.map((client) => client.waitForVersion(state.version)));
  return state;
}
