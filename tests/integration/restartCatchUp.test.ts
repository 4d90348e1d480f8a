import { afterAll, describe, expect, it } from 'vitest';
import { ACK_TIMEOUT_MS, type SequencedEvent } from '@forum-ouvert/shared';
import { TestClient } from '../helpers/client.ts';
import { snapshotSeqOf } from '../helpers/database.ts';
import { createSession, joinParticipant } from '../helpers/http.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { makeTempDir, removeDir } from '../helpers/tempDir.ts';

/** A snapshot point of the server (SNAPSHOT_EVERY is 200), past the first one. */
const SNAPSHOT_POINT = 400;
const MISSED = 5;

const dataDir = makeTempDir('restart-catch-up');
let server: TestServer;
let sessionId = '';

afterAll(async () => {
  await server.stop();
  removeDir(dataDir);
});

/** Joins (one event each) until the session reaches `version`. */
async function joinUntil(code: string, version: number): Promise<void> {
  while (server.stateOf(sessionId).version < version) await joinParticipant(server.url, code);
}

describe('a reader who comes back after a restart', () => {
  it('gets the few events it missed, not a whole snapshot, even when the server stopped right at a snapshot point', async () => {
    server = await startServer(dataDir);
    const session = await createSession(server.url);
    sessionId = session.sessionId;
    const person = await joinParticipant(server.url, session.code);
    // Each join is one event: the reader leaves a few events before the snapshot point...
    await joinUntil(session.code, SNAPSHOT_POINT - MISSED);
    const reader = await TestClient.connect(server.url, person.auth);
    const readerVersion = reader.version;
    expect(readerVersion).toBe(SNAPSHOT_POINT - MISSED);
    reader.close();
    // ...and the server stops with the very event that reaches it.
    await joinUntil(session.code, SNAPSHOT_POINT);
    const before = server.stateOf(sessionId);
    expect(before.version).toBe(SNAPSHOT_POINT);
    await server.stop();
    expect(snapshotSeqOf(dataDir, sessionId)).toBeGreaterThan(0);

    server = await startServer(dataDir);
    expect(server.stateOf(sessionId)).toEqual(before);
    const back = await TestClient.connect(server.url, person.auth);
    const answer = await back.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('sync', { since: readerVersion });
    back.close();
    // Before the fix the snapshot on disk was the very last state, the restarted server had no
    // recent event, and this reader (like every phone of the room) got a whole snapshot.
    expect(answer.ok && 'batch' in answer ? answer.batch.events.map(({ seq }: SequencedEvent) => seq) : answer).toEqual(Array.from({ length: MISSED }, (_, i) => readerVersion + 1 + i));
  });
});
