import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Presence } from '@forum-ouvert/shared';
import { TestClient } from '../helpers/client.ts';
import { createSession, joinParticipant } from '../helpers/http.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { until } from '../helpers/wait.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

function online(client: TestClient): number | undefined {
  return (client.received.filter((m) => m.name === 'presence').at(-1)?.args[0] as Presence | undefined)?.online;
}

describe('presence', () => {
  it('counts distinct participants online, tells facilitator and projector, and never enters the log', async () => {
    const session = await createSession(server.url);
    const [a, b] = [await joinParticipant(server.url, session.code), await joinParticipant(server.url, session.code)];
    const facilitator = await TestClient.connect(server.url, session.facilitatorAuth);
    const projector = await TestClient.connect(server.url, session.projectorAuth);
    expect(online(facilitator)).toBe(0);
    const version = server.stateOf(session.sessionId).version;

    const phones = [
      await TestClient.connect(server.url, a.auth),
      await TestClient.connect(server.url, a.auth), // the same person in a second tab
      await TestClient.connect(server.url, b.auth),
    ];
    await until(() => online(facilitator) === 2 && online(projector) === 2, 'two people online');
    expect(phones.every((phone) => phone.received.every((m) => m.name !== 'presence'))).toBe(true);

    phones[0]?.close();
    phones[2]?.close();
    await until(() => online(facilitator) === 1, 'one person online');
    expect(server.stateOf(session.sessionId).version).toBe(version);
    for (const client of [facilitator, projector, ...phones]) client.close();
  });
});
