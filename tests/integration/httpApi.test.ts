import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { API, type ServerConfig, type SessionSummary } from '@forum-ouvert/shared';
import { TestClient } from '../helpers/client.ts';
import { createSession, joinParticipant, postJson } from '../helpers/http.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { makeTempDir, removeDir } from '../helpers/tempDir.ts';

let server: TestServer;
let clientDir: string;

beforeAll(async () => {
  clientDir = makeTempDir('client');
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Forum Ouvert</title>');
  writeFileSync(join(clientDir, 'assets', 'app-1234.js'), 'console.log(1)');
  // What the build writes beside each file (client/vite.config.ts).
  writeFileSync(join(clientDir, 'assets', 'app-1234.js.gz'), gzipSync('console.log(1)'));
  writeFileSync(join(clientDir, 'assets', 'app-1234.js.br'), brotliCompressSync('console.log(1)'));
  server = await startServer(undefined, { clientDir, allowedOrigins: ['http://dev.example:5173'] });
});

afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
  removeDir(clientDir);
});

async function errorOf(response: Response): Promise<[number, string]> {
  const body = (await response.json()) as { error: { code: string } };
  return [response.status, body.error.code];
}

/** Resolves true when the handshake is accepted, false when refused. */
function handshake(origin: string | undefined, code: string): Promise<boolean> {
  const socket = io(server.url, {
    auth: { role: 'projector', code },
    forceNew: true,
    reconnection: false,
    transports: ['websocket'],
    ...(origin ? { extraHeaders: { origin } } : {}),
  });
  return new Promise<boolean>((resolve) => {
    socket.once('connect', () => resolve(true));
    socket.once('connect_error', () => resolve(false));
  }).finally(() => socket.disconnect());
}

describe('HTTP API', () => {
  it('creates, finds and joins a session', async () => {
    const session = await createSession(server.url, { title: 'Forum', question: 'Quoi ?' });
    expect(session.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(session.facilitatorKey).toHaveLength(40);

    const found = await fetch(server.url + API.sessionByCode(session.code.toLowerCase()));
    expect(found.status).toBe(200);
    expect((await found.json()) as SessionSummary).toEqual({ sessionId: session.sessionId, code: session.code, title: 'Forum', question: 'Quoi ?' });

    const person = await joinParticipant(server.url, session.code, '  Awa  ');
    expect(person.token).toHaveLength(32);
    expect(server.stateOf(session.sessionId).participants[person.participantId]?.pseudonym).toBe('Awa');
    const anonymous = await joinParticipant(server.url, session.code);
    expect(server.stateOf(session.sessionId).participants[anonymous.participantId]?.pseudonym).not.toBe('');

    const config = (await (await fetch(server.url + API.config)).json()) as ServerConfig;
    expect(config.publicUrl).toBe(server.url);
  });

  it('answers errors as JSON with their code', async () => {
    expect(await errorOf(await fetch(server.url + API.sessionByCode('ZZZZZZ')))).toEqual([404, 'NOT_FOUND']);
    expect(await errorOf(await fetch(server.url + API.sessionByCode('not a code')))).toEqual([404, 'NOT_FOUND']);
    expect(await errorOf(await postJson(server.url + API.join('ZZZZZZ'), {}))).toEqual([404, 'NOT_FOUND']);
    expect(await errorOf(await postJson(server.url + API.createSession, { title: '' }))).toEqual([400, 'VALIDATION']);
    expect(await errorOf(await postJson(server.url + API.createSession, { title: 'x'.repeat(20_000) }))).toEqual([413, 'VALIDATION']);
    const broken = await fetch(server.url + API.createSession, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":' });
    expect(await errorOf(broken)).toEqual([400, 'VALIDATION']);
    expect(await errorOf(await fetch(`${server.url}/api/nothing-here`))).toEqual([404, 'NOT_FOUND']);
  });

  it('puts a content security policy on every response', async () => {
    for (const path of [API.config, '/j/ABCDEF', API.sessionByCode('ZZZZZZ')]) {
      const response = await fetch(server.url + path);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain(`connect-src 'self' ws://${new URL(server.url).host} wss://${new URL(server.url).host}`);
      expect(policy).toContain("img-src 'self' data: blob:");
      expect(policy).toContain("style-src 'self' 'unsafe-inline'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves the client, with index.html for page routes and 404 for missing files', async () => {
    const page = await fetch(`${server.url}/f/s_123`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Forum Ouvert');
    const asset = await fetch(`${server.url}/assets/app-1234.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
  });

  it('serves the precompressed asset the browser accepts, never compressing live', async () => {
    const fetchRaw = (acceptEncoding: string) =>
      new Promise<{ encoding: string | undefined; type: string | undefined; cache: string | undefined; body: Buffer }>((resolve, reject) => {
        get(`${server.url}/assets/app-1234.js`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], type: res.headers['content-type'], cache: res.headers['cache-control'], body: Buffer.concat(chunks) }),
          );
        }).on('error', reject);
      });
    const brotli = await fetchRaw('gzip, deflate, br');
    expect(brotli.encoding).toBe('br');
    expect(brotliDecompressSync(brotli.body).toString()).toBe('console.log(1)');
    expect(brotli.type).toContain('javascript');
    expect(brotli.cache).toContain('immutable');
    const gzip = await fetchRaw('gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe('console.log(1)');
    const plain = await fetchRaw('identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe('console.log(1)');
  });

  it('accepts sockets from its own origin and the allow-list only', async () => {
    const { code } = await createSession(server.url);
    expect(await handshake(undefined, code)).toBe(true);
    expect(await handshake(server.url, code)).toBe(true);
    expect(await handshake('http://dev.example:5173', code)).toBe(true);
    expect(await handshake('http://evil.example', code)).toBe(false);
    expect(await TestClient.refusal(server.url, { role: 'projector', code: 'ZZZZZZ' })).toBe('NOT_FOUND');
  });
});
