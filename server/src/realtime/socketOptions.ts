import type { ServerOptions } from 'socket.io';
import { MAX_MESSAGE_BYTES } from '@forum-ouvert/shared';
import { allowSameOrigin } from './originCheck.ts';

/**
 * The Socket.IO server options, in one place so that the load benchmark's bare baseline
 * (bench/load/baselineServer.ts) runs with exactly what the app runs with.
 */
export function socketOptions(allowedOrigins: readonly string[]): Partial<ServerOptions> {
  return {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    allowRequest: allowSameOrigin(allowedOrigins),
  };
}
