/**
 * A baseline server for the load benchmark: the app's Socket.IO version and options (socketOptions),
 * the same HTTP paths to create and join a session, the same acks and message shapes, and nothing
 * else. Each command is taken as a vote: a version is counted, the ack sent, the vote relayed.
 * `--coalesce` relays on the app's 50 ms tick instead of at once. Run by bench/load/serverProcess.ts.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { API, type ClientToServerEvents, type CreatedSession, type Identity, type JoinedSession, type ServerToClientEvents } from '@forum-ouvert/shared';
import { socketOptions } from '../../server/src/realtime/socketOptions.ts';
import { CoalescingRelay, EVERYONE, ImmediateRelay, type Relay } from './baselineRelay.ts';

/** The app's broadcast tick (createApp's default broadcastTickMs). */
const TICK_MS = 50;
const SESSION: CreatedSession = { sessionId: 'baseline', code: 'BASE42', facilitatorKey: randomBytes(24).toString('base64url') };
const JOIN_PATH = API.join(SESSION.code);

const tokens = new Map<string, string>();
let version = 1;

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function handleHttp(req: IncomingMessage, res: ServerResponse): void {
  if (req.method === 'POST' && req.url === API.createSession) return reply(res, 201, SESSION);
  if (req.method === 'POST' && req.url === JOIN_PATH) {
    const joined: JoinedSession = { sessionId: SESSION.sessionId, participantId: `p${tokens.size + 1}`, token: randomBytes(24).toString('base64url') };
    tokens.set(joined.token, joined.participantId);
    return reply(res, 201, joined);
  }
  reply(res, 404, { code: 'NOT_FOUND' });
}

function identityOf(auth: Record<string, unknown>): Identity {
  const participantId = typeof auth['token'] === 'string' ? tokens.get(auth['token']) : undefined;
  if (participantId !== undefined) return { role: 'participant', participantId };
  return auth['role'] === 'facilitator' ? { role: 'facilitator' } : { role: 'projector' };
}

const httpServer = createServer(handleHttp);
const io = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer, socketOptions([]));
const relay: Relay = process.argv.includes('--coalesce') ? new CoalescingRelay(io, TICK_MS) : new ImmediateRelay(io);

io.on('connection', (socket) => {
  const you = identityOf(socket.handshake.auth);
  void socket.join(EVERYONE);
  socket.on('sync', ({ since }, ack) => {
    // No history is kept: the reader is told where the stream stands.
    ack({ ok: true, you, serverTime: Date.now(), batch: { from: Math.min(since, version), to: version, events: [] } });
  });
  socket.on('command', ({ command }, ack) => {
    version++;
    ack({ ok: true, version });
    const topicId = 'topicId' in command && typeof command.topicId === 'string' ? command.topicId : 'none';
    relay.publish({ seq: version, event: { type: 'TallyChanged', topicId, delta: 1 } });
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  // The line the app's logger prints when it listens: serverProcess.ts reads the port from it.
  console.log(JSON.stringify({ msg: 'listening', port: (httpServer.address() as AddressInfo).port }));
});
