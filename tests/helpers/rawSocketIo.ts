import { RawWebSocket } from './rawWebSocket.ts';
import { until } from './wait.ts';

/** How long a raw client waits for the server; generous, since a slow answer is no wrong one. */
export const RAW_WAIT_MS = 10_000;

/**
 * Socket.IO spoken by hand over a RawWebSocket: Engine.IO message `4` carrying Socket.IO packets
 * `0` (CONNECT, with the auth), `2` (EVENT) and `3` (ACK). A test writes the packet's JSON
 * itself, so it can send text no client library would produce.
 */
export async function openRawSocketIo(baseUrl: string, auth: unknown): Promise<RawWebSocket> {
  const raw = await RawWebSocket.open(baseUrl);
  await until(() => raw.texts.some((text) => text.startsWith('0')) || raw.ended, 'the Engine.IO open packet', RAW_WAIT_MS);
  raw.sendText(`40${JSON.stringify(auth)}`);
  await until(() => connectAnswer(raw) !== undefined || raw.ended, 'the answer to CONNECT', RAW_WAIT_MS);
  return raw;
}

/** `40{...}` when the server let the socket in, `44{...}` when it refused it. */
export function connectAnswer(raw: RawWebSocket): string | undefined {
  return raw.texts.find((text) => text.startsWith('40') || text.startsWith('44'));
}

/** Sends the JSON text of an event packet (`["name", ...args]`, not checked) asking for ack `id`. */
export function sendRawEvent(raw: RawWebSocket, id: number, argsJson: string): void {
  raw.sendText(`42${id}${argsJson}`);
}

/** The arguments of ack `id`, once it arrived; undefined when the connection ended without it. */
export async function rawAck(raw: RawWebSocket, id: number): Promise<unknown[] | undefined> {
  const prefix = `43${id}[`;
  await until(() => raw.texts.some((text) => text.startsWith(prefix)) || raw.ended, `ack ${id}`, RAW_WAIT_MS);
  const text = raw.texts.find((t) => t.startsWith(prefix));
  return text === undefined ? undefined : (JSON.parse(text.slice(prefix.length - 1)) as unknown[]);
}
