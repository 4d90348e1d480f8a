import { afterAll, describe, expect, it } from 'vitest';
import { API, type JoinedSession } from '@forum-ouvert/shared';
import { TestClient } from '../helpers/client.ts';
import { createSession, postJson } from '../helpers/http.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { makeTempDir, removeDir } from '../helpers/tempDir.ts';

const dataDir = makeTempDir('join-retry');
let server: TestServer | undefined;

afterAll(async () => {
  await server?.stop();
  removeDir(dataDir);
});

/** A token as a phone makes one: 32 characters of nanoid's alphabet. */
const tokenOf = (c: string) => c.repeat(32);

async function join(code: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const response = await postJson(requireServer().url + API.join(code), body);
  return { status: response.status, body: await response.json() };
}

function requireServer(): TestServer {
  if (!server) throw new Error('No server');
  return server;
}

describe('a join retried after its answer was lost', () => {
  it('finds the person already admitted, even after a restart, and admits nobody twice', async () => {
    server = await startServer(dataDir);
    const session = await createSession(server.url);
    const token = tokenOf('A');

    const first = await join(session.code, { pseudonym: 'Awa', token });
    expect(first.status).toBe(201);
    const { participantId } = first.body as JoinedSession;
    expect(first.body).toStrictEqual({ sessionId: session.sessionId, participantId, token });

    // The phone never saw that answer and tries again, even with another name typed meanwhile.
    const again = await join(session.code, { pseudonym: 'Awa B.', token });
    expect(again).toStrictEqual({ status: 200, body: first.body });
    const state = server.stateOf(session.sessionId);
    expect(state.participantCount).toBe(1);
    expect(state.participants[participantId]?.pseudonym).toBe('Awa');

    await server.stop();
    server = await startServer(dataDir);
    expect(await join(session.code, { token })).toStrictEqual({ status: 200, body: first.body });
    expect(server.stateOf(session.sessionId).participantCount).toBe(1);
    const phone = await TestClient.connect(server.url, { role: 'participant', code: session.code, token });
    expect(phone.participantId).toBe(participantId);
    phone.close();
  });

  it('refuses a token already used in another session, and one too short to be secret; nothing changes', async () => {
    server ??= await startServer(dataDir);
    const one = await createSession(server.url);
    const other = await createSession(server.url);
    const token = tokenOf('B');
    expect((await join(one.code, { token })).status).toBe(201);
    const versionBefore = server.stateOf(other.sessionId).version;

    const reused = await join(other.code, { token });
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({ error: { code: 'CONFLICT' } });
    for (const weak of ['short', tokenOf('C').slice(1), `${tokenOf('D').slice(1)}!`, 42]) {
      const refused = await join(other.code, { token: weak });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ error: { code: 'VALIDATION' } });
    }
    expect(server.stateOf(other.sessionId).version).toBe(versionBefore);
    expect(server.stateOf(other.sessionId).participantCount).toBe(0);
  });
});
