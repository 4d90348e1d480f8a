import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { makeTempDir, removeDir } from '../helpers/tempDir.ts';
import { converge, expectOk, openWorkshop, topicIds, type Workshop } from '../helpers/workshop.ts';

let dataDir: string;
let server: TestServer;

beforeAll(() => {
  dataDir = makeTempDir('restart');
});

afterAll(async () => {
  await server.stop();
  removeDir(dataDir);
});

/** Enough activity to pass the snapshot threshold (200 events), so restore reads a snapshot and then a tail. */
async function busySession(server: TestServer, workshop: Workshop, dotsEach: number): Promise<void> {
  const { facilitator, participants } = workshop;
  expectOk(await facilitator.command({ type: 'updateVoteSettings', settings: { dotBudget: dotsEach, allowStacking: true, tallyMode: 'hidden' } }));
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
  await Promise.all(
    participants.map(async (p, i) => {
      for (let k = 0; k < 4; k++) expectOk(await p.command({ type: 'proposeTopic', title: `Sujet ${i}-${k}`, description: '', themeId: null }));
    }),
  );
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'voting' }));
  const topics = topicIds(server.stateOf(workshop.session.sessionId));
  await Promise.all(
    participants.map(async (p, i) => {
      for (let k = 0; k < dotsEach; k++) expectOk(await p.command({ type: 'placeDot', topicId: topics[(i + k) % 4] ?? '' }));
    }),
  );
}

describe('a restart restores every session', () => {
  it('rebuilds two sessions to the same state, and old credentials still work', async () => {
    server = await startServer(dataDir);
    const big = await openWorkshop(server, 25);
    await busySession(server, big, 5);
    const small = await openWorkshop(server, 2);
    await busySession(server, small, 2);
    const bigBefore = await converge(server, big.session.sessionId, [big.facilitator, ...big.participants]);
    const smallBefore = await converge(server, small.session.sessionId, [small.facilitator]);
    expect(bigBefore.version).toBeGreaterThan(200);
    big.close();
    small.close();
    await server.stop();

    // On disk: a snapshot for the long session, and no secret in clear anywhere.
    const db = new Database(join(dataDir, 'forum-ouvert.sqlite'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(3); // v1 the log, v2 the group notes, v3 events name their command
    const snapshot = db.prepare('SELECT seq FROM snapshots WHERE session_id = ?').get(big.session.sessionId) as { seq: number } | undefined;
    expect(snapshot?.seq).toBeGreaterThanOrEqual(200);
    expect(snapshot?.seq).toBeLessThan(bigBefore.version);
    db.close();
    const files = readdirSync(dataDir).map((name) => readFileSync(join(dataDir, name)).toString('latin1')).join('\n');
    for (const secret of [big.session.facilitatorKey, small.session.facilitatorKey, ...big.people.map((p) => p.token)]) {
      expect(files.includes(secret)).toBe(false);
    }

    server = await startServer(dataDir);
    expect(server.stateOf(big.session.sessionId)).toEqual(bigBefore);
    expect(server.stateOf(small.session.sessionId)).toEqual(smallBefore);

    const person = big.people[3];
    if (!person) throw new Error('no participant');
    const phone = await TestClient.connect(server.url, person.auth);
    expect(phone.you).toEqual({ role: 'participant', participantId: person.participantId });
    const facilitator = await TestClient.connect(server.url, big.session.facilitatorAuth);
    expect(facilitator.state).toEqual(bigBefore);
    // Life goes on from the restored version.
    expect(expectOk(await facilitator.command({ type: 'revealTallies', revealed: true }))).toBe(bigBefore.version + 1);
    const after = await converge(server, big.session.sessionId, [phone, facilitator]);
    expect(phone.state?.tallies).toEqual(after.tallies);
    phone.close();
    facilitator.close();
  });
});
