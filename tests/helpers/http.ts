import {
  API,
  type CreatedSession,
  type CreateSession,
  type JoinedSession,
  type SocketAuth,
} from '@forum-ouvert/shared';

export interface SessionHandle extends CreatedSession {
  facilitatorAuth: SocketAuth;
  projectorAuth: SocketAuth;
}

export interface ParticipantHandle extends JoinedSession {
  auth: SocketAuth;
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

async function expectCreated<T>(response: Response): Promise<T> {
  if (response.status !== 201) throw new Error(`Expected 201, got ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export async function createSession(baseUrl: string, input: Partial<CreateSession> = {}): Promise<SessionHandle> {
  const body = { title: 'Atelier', question: 'De quoi voulons-nous parler ?', themes: [], ...input };
  const created = await expectCreated<CreatedSession>(await postJson(baseUrl + API.createSession, body));
  return {
    ...created,
    facilitatorAuth: { role: 'facilitator', sessionId: created.sessionId, key: created.facilitatorKey },
    projectorAuth: { role: 'projector', code: created.code },
  };
}

/** `DELETE` of a session; `authorization` is the whole header value, e.g. `Bearer <key>`, or none. */
export async function deleteSession(baseUrl: string, sessionId: string, authorization?: string): Promise<Response> {
  return fetch(baseUrl + API.deleteSession(sessionId), {
    method: 'DELETE',
    ...(authorization === undefined ? {} : { headers: { authorization } }),
  });
}

export async function joinParticipant(baseUrl: string, code: string, pseudonym = ''): Promise<ParticipantHandle> {
  const joined = await expectCreated<JoinedSession>(await postJson(baseUrl + API.join(code), { pseudonym }));
  return { ...joined, auth: { role: 'participant', code, token: joined.token } };
}
