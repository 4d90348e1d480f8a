import { API } from '@forum-ouvert/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, joinParticipant } from '../helpers/http.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

describe("every group's notes as text, for the facilitator's convergence list", () => {
  it('answers the facilitator key only', async () => {
    const session = await createSession(server.url);
    const other = await createSession(server.url);
    const person = await joinParticipant(server.url, session.code);
    const read = (authorization?: string) =>
      fetch(`${server.url}${API.notesText(session.sessionId)}`, authorization ? { headers: { authorization } } : {});

    const ok = await read(`Bearer ${session.facilitatorKey}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    await expect(ok.json()).resolves.toEqual([]);
    for (const refused of [undefined, `Bearer ${person.token}`, `Bearer ${other.facilitatorKey}`, `Bearer ${session.code}`]) {
      expect((await read(refused)).status).toBe(403);
    }
    expect((await fetch(`${server.url}${API.notesText('s_unknown')}`)).status).toBe(404);
  });
});
