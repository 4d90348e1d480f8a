import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '@forum-ouvert/shared';
import { createSession, postJson } from '../helpers/http.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';

/** The largest workshop we serve, every phone behind the same venue router (one address). */
const PHONES = 2000;
const AT_ONCE = 20;

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

describe('a whole room joining at once', () => {
  // Found by the load benchmark: the join limit was 600 per address and minute, so a room of 2,000
  // behind one router waited three minutes and most phones saw RATE_LIMITED.
  it('lets 2,000 phones from one address join within the same minute', { timeout: 60_000 }, async () => {
    const session = await createSession(server.url);
    const statuses: number[] = [];
    for (let start = 0; start < PHONES; start += AT_ONCE) {
      const batch = Array.from({ length: Math.min(AT_ONCE, PHONES - start) }, (_, i) =>
        postJson(server.url + API.join(session.code), { pseudonym: `Phone ${start + i}` }).then((response) => response.status),
      );
      statuses.push(...(await Promise.all(batch)));
    }
    const refused = statuses.filter((status) => status !== 201);
    expect(refused.length, `refused with ${[...new Set(refused)].join(', ')}`).toBe(0);
    expect(Object.keys(server.stateOf(session.sessionId).participants)).toHaveLength(PHONES);
  });
});
