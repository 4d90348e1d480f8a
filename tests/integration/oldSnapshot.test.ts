import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../helpers/database.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { makeTempDir, removeDir } from '../helpers/tempDir.ts';
import { expectOk, openWorkshop } from '../helpers/workshop.ts';

const dataDir = makeTempDir('old-snapshot');
let server: TestServer | undefined;

afterAll(async () => {
  await server?.stop();
  removeDir(dataDir);
});

describe('a snapshot written by an older version', () => {
  it('is ignored: the session is rebuilt from its whole log', async () => {
    server = await startServer(dataDir);
    const { session, facilitator, participants, close } = await openWorkshop(server, 2);
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
    expectOk(await participants[0]!.command({ type: 'proposeTopic', title: 'Santé', description: '', themeId: null }));
    const before = server.stateOf(session.sessionId);
    close();
    await server.stop();

    // A snapshot of the current version whose state lacks today's fields, as an old release wrote it.
    const db = new Database(join(dataDir, DATABASE_FILE));
    const { agenda: _agenda, breakouts: _breakouts, ...oldShape } = before;
    db.prepare('INSERT OR REPLACE INTO snapshots (session_id, seq, state) VALUES (?, ?, ?)').run(
      session.sessionId,
      before.version,
      JSON.stringify({ ...oldShape, topics: {} }),
    );
    db.close();

    server = await startServer(dataDir);
    expect(server.stateOf(session.sessionId)).toEqual(before);
  });
});
