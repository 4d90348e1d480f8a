import { CommandEnvelopeSchema, fail, type CommandAck } from '@forum-ouvert/shared';
import { errorFields, type Logger } from '../logger.ts';
import type { SessionRegistry } from '../sessions/registry.ts';
import { limiterKey } from './limiterKey.ts';
import { replier } from './replier.ts';
import type { AppSocket } from './socketTypes.ts';
import type { TokenBuckets } from './tokenBuckets.ts';
import { validationMessage } from './validationMessage.ts';

export interface CommandHandlerDeps {
  sessions: SessionRegistry;
  limits: TokenBuckets;
  logger: Logger;
}

/**
 * The socket edge of every command, in this order: rate limit, validate, then the
 * room (dedupe, authorise and decide, persist, evolve, queue for broadcast), then ack.
 * Whatever the client sends, this answers with a value and never throws.
 */
export function commandHandler(socket: AppSocket, deps: CommandHandlerDeps) {
  return (raw: unknown, ack: unknown): void => {
    const reply = replier<CommandAck>(ack);
    const { sessionId, actor } = socket.data;
    const started = performance.now();
    let type = 'unknown';
    try {
      if (!deps.limits.take(limiterKey(socket))) return reply(fail('RATE_LIMITED', 'Too many commands'));
      const parsed = CommandEnvelopeSchema.safeParse(raw);
      if (!parsed.success) return reply(fail('VALIDATION', validationMessage(parsed.error)));
      type = parsed.data.command.type;
      const room = deps.sessions.get(sessionId);
      if (!room) return reply(fail('NOT_FOUND', 'Unknown session'));
      const result = room.handleCommand(parsed.data.commandId, parsed.data.command, actor);
      deps.logger.debug(
        { sessionId, type, role: actor.role, code: result.ok ? 'OK' : result.error.code, ms: performance.now() - started },
        'command',
      );
      reply(result);
    } catch (error) {
      deps.logger.error({ sessionId, type, ...errorFields(error) }, 'command failed');
      reply(fail('INTERNAL', 'Internal error'));
    }
  };
}
