import type { z } from 'zod';
import type { JoinRequestSchema } from './http.schema.ts';

/** Bodies and answers of the small HTTP API used before a socket can attach. */
export type JoinRequest = z.input<typeof JoinRequestSchema>;

/** How long a participant token is when a phone or the server makes one (nanoid: about 190 bits). */
export const PARTICIPANT_TOKEN_LENGTH = 32;

export interface CreatedSession {
  sessionId: string;
  code: string;
  facilitatorKey: string;
}

export interface JoinedSession {
  sessionId: string;
  participantId: string;
  token: string;
}

export interface SessionSummary {
  sessionId: string;
  code: string;
  title: string;
  question: string;
}

export interface ServerConfig {
  /** Base URL phones use to reach this server: PUBLIC_URL, or the machine's LAN address. */
  publicUrl: string;
}

export const API = {
  createSession: '/api/sessions',
  sessionByCode: (code: string) => `/api/sessions/by-code/${encodeURIComponent(code)}`,
  join: (code: string) => `/api/sessions/by-code/${encodeURIComponent(code)}/participants`,
  config: '/api/config',
  /** `DELETE` with `Authorization: Bearer <facilitator key>`: removes the session and everything in it. */
  deleteSession: (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`,
  /** `GET` with `Authorization: Bearer <facilitator key>` and `?names=0|1&lang=fr|en`: a file of the session (export/kinds.ts). */
  exportSession: (sessionId: string, kind: string) => `/api/sessions/${encodeURIComponent(sessionId)}/exports/${encodeURIComponent(kind)}`,
  /** `POST` of an archive (archive.json): a new session replaying it, answered as a CreatedSession. */
  importSession: '/api/sessions/import',
  /** Every group's notes as text, for the facilitator (to gather the proposals for the convergence vote). */
  notesText: (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}/notes`,
} as const;

/** Paths of the pages; the facilitator's key rides in the fragment, which browsers never send to a server. */
export const PAGES = {
  home: '/',
  join: (code: string) => `/j/${code}`,
  facilitator: (sessionId: string, key: string) => `/f/${sessionId}#${key}`,
  projector: (code: string) => `/screen/${code}`,
} as const;
