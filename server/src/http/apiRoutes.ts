import express, { type Router } from 'express';
import {
  API,
  CreateSessionSchema,
  IdSchema,
  JoinCodeSchema,
  JoinRequestSchema,
  type CreatedSession,
  type JoinedSession,
  type ServerConfig,
  type SessionSummary,
} from '@forum-ouvert/shared';
import type { AppConfig } from '../deps.ts';
import { newFacilitatorKey, newParticipantToken } from '../ids.ts';
import type { SessionDeletion } from '../lifecycle/sessionDeletion.ts';
import type { Logger } from '../logger.ts';
import { validationMessage } from '../realtime/validationMessage.ts';
import { hashSecret } from '../secrets.ts';
import type { SessionRegistry } from '../sessions/registry.ts';
import type { SessionRoom } from '../sessions/sessionRoom.ts';
import { hasFacilitatorKey } from './bearer.ts';
import { sendError } from './httpErrors.ts';
import { perIpLimit } from './ipLimit.ts';

export interface ApiDeps {
  sessions: SessionRegistry;
  deletion: SessionDeletion;
  config: AppConfig;
  logger: Logger;
}

/**
 * Joins per address and minute: a whole workshop of the largest size we serve (2,000 phones) may sit
 * behind one venue router and join within the same minute, with room for reloads and second tabs.
 */
const JOINS_PER_ADDRESS_PER_MINUTE = 3000;

const PARAM = 'CODEPARAM';
/** Express patterns are derived from `API`, so every path is written once, in shared. */
const byCodeRoute = API.sessionByCode(PARAM).replace(PARAM, ':code');
const joinRoute = API.join(PARAM).replace(PARAM, ':code');
const deleteRoute = API.deleteSession(PARAM).replace(PARAM, ':sessionId');

function roomByCode(sessions: SessionRegistry, raw: unknown): SessionRoom | undefined {
  const code = JoinCodeSchema.safeParse(raw);
  return code.success ? sessions.getByCode(code.data) : undefined;
}

/** The small HTTP API used outside a socket: open a session, find it, join it, delete it. */
export function apiRoutes({ sessions, deletion, config, logger }: ApiDeps): Router {
  const router = express.Router();

  router.post(API.createSession, perIpLimit(60, 60), (req, res) => {
    const parsed = CreateSessionSchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, { code: 'VALIDATION', message: validationMessage(parsed.error) });
    const facilitatorKey = newFacilitatorKey();
    const room = sessions.create(parsed.data, hashSecret(facilitatorKey));
    logger.info({ sessionId: room.id }, 'session created');
    const body: CreatedSession = { sessionId: room.id, code: room.code, facilitatorKey };
    res.status(201).json(body);
  });

  router.get(byCodeRoute, (req, res) => {
    const room = roomByCode(sessions, req.params['code']);
    if (!room) return sendError(res, { code: 'NOT_FOUND', message: 'No session with this code' });
    const { title, question } = room.state;
    const body: SessionSummary = { sessionId: room.id, code: room.code, title, question };
    res.json(body);
  });

  // Joining goes through the room like any command, so ParticipantJoined is logged and broadcast.
  router.post(joinRoute, perIpLimit(JOINS_PER_ADDRESS_PER_MINUTE, 60), (req, res) => {
    const room = roomByCode(sessions, req.params['code']);
    if (!room) return sendError(res, { code: 'NOT_FOUND', message: 'No session with this code' });
    const parsed = JoinRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) return sendError(res, { code: 'VALIDATION', message: validationMessage(parsed.error) });
    const token = parsed.data.token ?? newParticipantToken();
    const joined = room.join(parsed.data.pseudonym, hashSecret(token));
    if (!joined.ok) return sendError(res, joined.error);
    if (!joined.again) logger.info({ sessionId: room.id }, 'participant joined');
    const body: JoinedSession = { sessionId: room.id, participantId: joined.participantId, token };
    res.status(joined.again ? 200 : 201).json(body);
  });

  // The key travels in a header, never in the URL, so no access log or proxy keeps it.
  // A cross-site page cannot send this header without a CORS preflight, which this server never grants.
  router.delete(deleteRoute, perIpLimit(60, 60), (req, res) => {
    const sessionId = IdSchema.safeParse(req.params['sessionId']);
    const record = sessionId.success ? deletion.recordOf(sessionId.data) : undefined;
    if (!record) return sendError(res, { code: 'NOT_FOUND', message: 'No such session' });
    if (!hasFacilitatorKey(req, record.facilitatorKeyHash)) {
      return sendError(res, { code: 'FORBIDDEN', message: 'Only the facilitator key can delete a session' });
    }
    deletion.delete([record.id], 'facilitator');
    res.status(204).end();
  });

  router.get(API.config, (_req, res) => {
    const body: ServerConfig = { publicUrl: config.publicUrl() };
    res.json(body);
  });

  router.use('/api', (_req, res) => sendError(res, { code: 'NOT_FOUND', message: 'No such API route' }));
  return router;
}
