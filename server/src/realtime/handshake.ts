import type { ExtendedError } from 'socket.io';
import { assertNever, SocketAuthSchema, type ErrorCode } from '@forum-ouvert/shared';
import { errorFields, type Logger } from '../logger.ts';
import { hashSecret, matchesHash } from '../secrets.ts';
import type { SessionRegistry } from '../sessions/registry.ts';
import type { AppSocket, SocketData } from './socketTypes.ts';

/** The client reads `err.message` or `err.data.code` from its `connect_error`. */
function refusal(code: ErrorCode): ExtendedError {
  return Object.assign(new Error(code), { data: { code } });
}

type Identification = { ok: true; data: SocketData } | { ok: false; code: ErrorCode };

/** Turns handshake credentials into the identity the socket keeps for its whole life. */
export function identify(auth: unknown, sessions: SessionRegistry): Identification {
  const parsed = SocketAuthSchema.safeParse(auth);
  if (!parsed.success) return { ok: false, code: 'VALIDATION' };
  const credentials = parsed.data;
  switch (credentials.role) {
    case 'facilitator': {
      const room = sessions.get(credentials.sessionId);
      if (!room) return { ok: false, code: 'NOT_FOUND' };
      if (!matchesHash(credentials.key, room.record.facilitatorKeyHash)) return { ok: false, code: 'FORBIDDEN' };
      return { ok: true, data: { sessionId: room.id, actor: { role: 'facilitator' } } };
    }
    case 'participant': {
      const room = sessions.getByCode(credentials.code);
      if (!room) return { ok: false, code: 'NOT_FOUND' };
      const participantId = room.participantIdForToken(hashSecret(credentials.token));
      if (participantId === undefined) return { ok: false, code: 'FORBIDDEN' };
      return { ok: true, data: { sessionId: room.id, actor: { role: 'participant', participantId } } };
    }
    case 'projector': {
      // The join code is on the wall for everyone; the projector only reads the public view.
      const room = sessions.getByCode(credentials.code);
      if (!room) return { ok: false, code: 'NOT_FOUND' };
      return { ok: true, data: { sessionId: room.id, actor: { role: 'projector' } } };
    }
    default:
      return assertNever(credentials);
  }
}

export function authenticate(sessions: SessionRegistry, logger: Logger) {
  return (socket: AppSocket, next: (err?: ExtendedError) => void): void => {
    try {
      const identified = identify(socket.handshake.auth, sessions);
      if (!identified.ok) return next(refusal(identified.code));
      socket.data = identified.data;
      next();
    } catch (error) {
      logger.error(errorFields(error), 'handshake failed');
      next(refusal('INTERNAL'));
    }
  };
}
