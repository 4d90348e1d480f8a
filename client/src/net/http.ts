import {
  API,
  type CreatedSession,
  type CreateSession,
  type JoinedSession,
  type JoinRequest,
  type ServerConfig,
  type SessionSummary,
} from '@forum-ouvert/shared';
import { toErrorCode, type Outcome } from './errors.ts';

/** Errors come back as values: `{ error: { code } }` bodies, or NETWORK when nothing answered. */
async function request<T>(path: string, init?: RequestInit): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
  } catch {
    return { ok: false, error: { code: navigator.onLine === false ? 'OFFLINE' : 'NETWORK' } };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
    return { ok: false, error: { code: code === undefined && response.status === 404 ? 'NOT_FOUND' : toErrorCode(code) } };
  }
  return { ok: true, value: body as T };
}

export type CreateSessionInput = Omit<CreateSession, 'question'> & { question: string };

export function createSession(input: CreateSessionInput): Promise<Outcome<CreatedSession>> {
  return request<CreatedSession>(API.createSession, { method: 'POST', body: JSON.stringify(input) });
}

export function getSessionByCode(code: string): Promise<Outcome<SessionSummary>> {
  return request<SessionSummary>(API.sessionByCode(code));
}

export function joinSession(code: string, body: JoinRequest): Promise<Outcome<JoinedSession>> {
  return request<JoinedSession>(API.join(code), { method: 'POST', body: JSON.stringify(body) });
}

let config: Promise<Outcome<ServerConfig>> | null = null;

/** Asked once per page: the address phones use (the laptop's LAN address, not localhost). */
export function getServerConfig(): Promise<Outcome<ServerConfig>> {
  config ??= request<ServerConfig>(API.config).then((outcome) => {
    if (!outcome.ok) config = null;
    return outcome;
  });
  return config;
}
