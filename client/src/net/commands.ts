import { ACK_TIMEOUT_MS, isOfflineCommand, type Command, type CommandAck } from '@forum-ouvert/shared';
import { nanoid } from 'nanoid';
import { toErrorCode, type ClientError } from './errors.ts';
import { activeOutbox } from './outbox/active.ts';
import { getSocket, type AppSocket } from './socket.ts';

/** `queued`: kept on this phone (see `outbox/`), to be sent when the connection returns. */
export type CommandResult = { ok: true; version: number } | { ok: true; queued: true } | { ok: false; error: ClientError };

/** Attempts per command; the server remembers command ids, so sending one again is never applied twice. */
export const COMMAND_ATTEMPTS = 4;

type CommandSocket = Pick<AppSocket, 'connected' | 'timeout' | 'once' | 'off'>;

function waitForConnect(socket: CommandSocket, ms: number): Promise<boolean> {
  if (socket.connected) return Promise.resolve(true);
  return new Promise((resolve) => {
    const onConnect = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      socket.off('connect', onConnect);
      resolve(false);
    }, ms);
    socket.once('connect', onConnect);
  });
}

/**
 * Sends one command and resolves with its result; never throws. On a timeout or a dropped
 * connection it retries with the SAME command id; NETWORK/OFFLINE once every attempt failed.
 * On a participant's phone, what still makes sense later (a topic, a dot) goes through the
 * outbox instead, which keeps it while the phone is offline.
 */
export async function sendCommand(
  command: Command,
  socket: CommandSocket | null = getSocket(),
  attempts = COMMAND_ATTEMPTS,
): Promise<CommandResult> {
  const outbox = activeOutbox();
  if (outbox && isOfflineCommand(command)) return outbox.submit(command);
  if (!socket) return { ok: false, error: { code: 'OFFLINE' } };
  const commandId = nanoid();
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (!(await waitForConnect(socket, ACK_TIMEOUT_MS))) continue;
    let ack: CommandAck;
    try {
      ack = await socket.timeout(ACK_TIMEOUT_MS).emitWithAck('command', { commandId, command });
    } catch {
      continue;
    }
    return ack.ok ? { ok: true, version: ack.version } : { ok: false, error: { code: toErrorCode(ack.error.code) } };
  }
  return { ok: false, error: { code: navigator.onLine === false ? 'OFFLINE' : 'NETWORK' } };
}
