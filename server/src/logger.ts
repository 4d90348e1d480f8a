import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Logs say what happened (command type, session id, error code, timings), never
 * what people wrote nor any key or token. The redaction list is a second fence
 * behind that habit, not the fence itself.
 */
export function createLogger(level: string = process.env['LOG_LEVEL'] ?? 'info'): Logger {
  return pino({
    level,
    redact: {
      paths: ['key', 'token', 'facilitatorKey', 'auth', '*.key', '*.token', '*.facilitatorKey', '*.auth'],
      censor: '[redacted]',
    },
  });
}

/**
 * What may be logged about an unexpected error: its kind and where it happened.
 * The message is left out because a driver or parser may quote the data it choked on.
 */
export function errorFields(error: unknown): { errorName: string; stack?: string } {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const frames = error.stack?.split('\n').slice(1).join('\n');
  return frames ? { errorName: error.name, stack: frames } : { errorName: error.name };
}
