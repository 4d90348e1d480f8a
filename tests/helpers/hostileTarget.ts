import { expect } from 'vitest';
import { API, type GroupKey, type SessionState, type SocketAuth } from '@forum-ouvert/shared';
import { at, openBreakouts, type Breakouts } from './agenda.ts';
import { TestClient } from './client.ts';
import { rowsOfSession } from './database.ts';
import { joinParticipant } from './http.ts';
import { expectSaved, NotesPeer } from './notes.ts';
import { startServer, type TestServer } from './server.ts';
import { removeDir } from './tempDir.ts';
import { expectOk } from './workshop.ts';

/** Object.prototype and Array.prototype as this process started: a polluted prototype shows as a new name. */
const CLEAN_PROTOTYPES = [Object.prototype, Array.prototype].map((proto) => Object.getOwnPropertyNames(proto).sort());

/**
 * A session under attack: its groups meet, one has notes; outsiders (participants in no group),
 * projectors and the facilitator are connected. Hostile tests send it whatever they like and
 * then check that nothing moved.
 */
export interface HostileTarget {
  server: TestServer;
  sessionId: string;
  /** The join code: all a projector needs, so a fresh projector socket costs the session nothing. */
  projectorAuth: SocketAuth;
  facilitator: TestClient;
  /** Participants who convene nothing and sit nowhere: the notes are closed to them. */
  outsiders: TestClient[];
  /** The first outsider's credentials, for clients a test builds by hand. */
  outsiderAuth: SocketAuth;
  projectors: TestClient[];
  /** The group with notes, and its convener, who may write in them. */
  group: GroupKey;
  writer: NotesPeer;
  /** The other group of the same slot, without notes. */
  otherGroup: GroupKey;
  /** Answers HTTP, keeps the very same state object (nothing was applied), prototypes clean. */
  expectStillServing(): Promise<void>;
  /** The above, the same rows in every table, and a facilitator connecting now is told the same state. */
  expectUntouched(): Promise<void>;
  /** Takes the database rows again, after a test that was allowed to add some (notes updates). */
  rebaseRows(): void;
  close(): Promise<void>;
}

export async function openHostileTarget(outsiderCount: number, projectorCount: number): Promise<HostileTarget> {
  const server = await startServer();
  const breakouts: Breakouts = await openBreakouts(
    server,
    2,
    [
      { name: 'Iroise', capacity: 10 },
      { name: 'Molène', capacity: 10 },
    ],
    [['09:00', '10:00']],
  );
  const { sessionId } = breakouts;
  const slotId = at(breakouts.slotIds, 0);
  const group = { slotId, topicId: at(at(breakouts.grid, 0), 0) };
  const otherGroup = { slotId, topicId: at(at(breakouts.grid, 0), 1) };
  const convener = at(breakouts.workshop.participants, 0);
  expectOk(await convener.command({ type: 'joinGroup', ...group }));
  const writer = new NotesPeer(convener, group);
  const opened = await writer.open();
  if (!opened.ok) throw new Error(`The convener could not open the notes: ${opened.error.code}`);
  writer.append('discussed', 'Ce que le groupe a dit.');
  expectSaved(await writer.flush());

  const outsiders: TestClient[] = [];
  const outsiderAuths: SocketAuth[] = [];
  for (let i = 0; i < Math.max(1, outsiderCount); i++) {
    const person = await joinParticipant(server.url, breakouts.workshop.session.code, `Intrus ${i}`);
    outsiderAuths.push(person.auth);
    outsiders.push(await TestClient.connect(server.url, person.auth));
  }
  const projectors = await Promise.all(Array.from({ length: projectorCount }, () => TestClient.connect(server.url, breakouts.workshop.session.projectorAuth)));
  const stateNow = (): SessionState => server.stateOf(sessionId);
  const state = stateNow();
  let rows = rowsOfSession(server.dataDir, sessionId);

  const expectStillServing = async () => {
    expect((await fetch(server.url + API.config)).status).toBe(200);
    expect(stateNow(), 'the session changed').toBe(state);
    expect([Object.prototype, Array.prototype].map((proto) => Object.getOwnPropertyNames(proto).sort())).toEqual(CLEAN_PROTOTYPES);
    expect('polluted' in {}).toBe(false);
  };

  return {
    server,
    sessionId,
    projectorAuth: breakouts.workshop.session.projectorAuth,
    facilitator: breakouts.workshop.facilitator,
    outsiders,
    outsiderAuth: at(outsiderAuths, 0),
    projectors,
    group,
    writer,
    otherGroup,
    expectStillServing,
    async expectUntouched() {
      await expectStillServing();
      expect(rowsOfSession(server.dataDir, sessionId)).toEqual(rows);
      const fresh = await TestClient.connect(server.url, breakouts.workshop.session.facilitatorAuth);
      expect(fresh.state).toEqual(state);
      fresh.close();
    },
    rebaseRows() {
      rows = rowsOfSession(server.dataDir, sessionId);
    },
    async close() {
      for (const client of [...outsiders, ...projectors]) client.close();
      breakouts.close();
      await server.stop();
      removeDir(server.dataDir);
    },
  };
}
