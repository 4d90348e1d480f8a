import { fail, SyncRequestSchema, type SyncAck } from '@forum-ouvert/shared';
import { errorFields, type Logger } from '../logger.ts';
import type { SessionRegistry } from '../sessions/registry.ts';
import { limiterKey } from './limiterKey.ts';
import { replier } from './replier.ts';
import type { AppSocket } from './socketTypes.ts';
import type { TokenBuckets } from './tokenBuckets.ts';
import { validationMessage } from './validationMessage.ts';

export interface SyncHandlerDeps {
  sessions: SessionRegistry;
  limits: TokenBuckets;
  logger: Logger;
  clock: { now: () => number };
}

/** A reader that connects, reconnects or sees a gap asks from its last version: this is what makes it correct. */
export function syncHandler(socket: AppSocket, deps: SyncHandlerDeps) {
  return (raw: unknown, ack: unknown): void => {
    const reply = replier<SyncAck>(ack);
    const { sessionId, actor } = socket.data;
    try {
      if (!deps.limits.take(limiterKey(socket))) return reply(fail('RATE_LIMITED', 'Too many requests'));
      const parsed = SyncRequestSchema.safeParse(raw);
      if (!parsed.success) return reply(fail('VALIDATION', validationMessage(parsed.error)));
      const room = deps.sessions.get(sessionId);
      if (!room) return reply(fail('NOT_FOUND', 'Unknown session'));
      reply({ ok: true, you: actor, serverTime: deps.clock.now(), ...room.catchUp(actor, parsed.data.since) });
    } catch (error) {
      deps.logger.error({ sessionId, ...errorFields(error) }, 'sync failed');
      reply(fail('INTERNAL', 'Internal error'));
    }
  };
}
