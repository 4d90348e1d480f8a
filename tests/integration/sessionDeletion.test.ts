import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '@forum-ouvert/shared';
import { TestClient } from '../helpers/client.ts';
import { filesHolding, rowsOfSession } from '../helpers/database.ts';
import { createSession, deleteSession, joinParticipant, postJson, type ParticipantHandle, type SessionHandle } from '../helpers/http.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { sleep } from '../helpers/wait.ts';
import { expectOk } from '../helpers/workshop.ts';

let server: TestServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  for (const client of clients) client.close();
  await server.stop();
  removeDir(server.dataDir);
});

async function connect(auth: Parameters<typeof TestClient.connect>[1], reconnection = false): Promise<TestClient> {
  const client = await TestClient.connect(server.url, auth, { reconnection });
  clients.push(client);
  return client;
}

/** Words that appear nowhere else, so finding their bytes in a file means finding this session. */
interface Marks {
  title: string;
  pseudonym: string;
  topic: string;
}

interface Seeded {
  session: SessionHandle;
  person: ParticipantHandle;
  facilitator: TestClient;
  participant: TestClient;
  projector: TestClient;
}

/** A session with a facilitator, a phone (reconnecting by itself, as phones do) and a projector, and a topic. */
async function seed(marks: Marks, { snapshot = false } = {}): Promise<Seeded> {
  const session = await createSession(server.url, { title: marks.title });
  const person = await joinParticipant(server.url, session.code, marks.pseudonym);
  const facilitator = await connect(session.facilitatorAuth);
  const participant = await connect(person.auth, true);
  const projector = await connect(session.projectorAuth);
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
  expectOk(await participant.command({ type: 'proposeTopic', title: marks.topic, description: `${marks.topic} (détails)`, themeId: null }));
  // Enough newcomers for the server to write a snapshot, which holds every name and title again.
  if (snapshot) for (let i = 0; i < 200; i++) await joinParticipant(server.url, session.code);
  return { session, person, facilitator, participant, projector };
}

/** Resolves when the server lets the socket go, saying whether it was told the session was deleted first. */
function farewell(client: TestClient): Promise<{ told: boolean; reason: string }> {
  let told = false;
  client.socket.once('session-deleted', () => (told = true));
  return new Promise((resolve) => client.socket.once('disconnect', (reason) => resolve({ told, reason })));
}

async function errorOf(response: Response): Promise<[number, string]> {
  const text = await response.text();
  // The raw answer in the failure message: a refusal without a JSON body is a bug worth reading.
  const body = JSON.parse(text || 'null') as { error?: { code: string } } | null;
  return [response.status, body?.error?.code ?? `no error body: ${JSON.stringify(text.slice(0, 200))}`];
}

function stringsOf(marks: Marks, session: SessionHandle): string[] {
  return [marks.title, marks.pseudonym, marks.topic, session.sessionId];
}

describe('deleting a session', () => {
  it('removes every row and every byte of it, tells its screens and lets them go, and leaves other sessions alone', async () => {
    const keptMarks = { title: 'Atelier-Garde-Pelican', pseudonym: 'Gardien-Tamarin', topic: 'Sujet-Reste-Ornithorynque' };
    const goneMarks = { title: 'Atelier-Efface-Quokka', pseudonym: 'Zephyrine-Oubliee', topic: 'Sujet-Secret-Xylophone-4821' };
    const kept = await seed(keptMarks);
    const gone = await seed(goneMarks, { snapshot: true });
    const goneId = gone.session.sessionId;

    // The search works: before the deletion, the files hold the words.
    for (const text of stringsOf(goneMarks, gone.session)) expect(filesHolding(server.dataDir, text), text).not.toEqual([]);
    const before = rowsOfSession(server.dataDir, goneId);
    expect(before).toMatchObject({ sessions: 1, commands: 2, participants: 201, snapshots: 1 });
    expect(before['events']).toBeGreaterThan(200);

    const farewells = [gone.facilitator, gone.participant, gone.projector].map(farewell);
    const keptFarewells = [kept.facilitator, kept.participant, kept.projector].map(farewell);
    const response = await deleteSession(server.url, goneId, `Bearer ${gone.session.facilitatorKey}`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');

    // Every screen of the session hears it, then the server disconnects it, and the phone does not come back.
    for (const { told, reason } of await Promise.all(farewells)) {
      expect(told).toBe(true);
      expect(reason).toBe('io server disconnect');
    }
    await sleep(300);
    expect(gone.participant.socket.connected).toBe(false);
    expect(gone.participant.socket.active).toBe(false);

    // No row of it in any table, read through another connection.
    const after = rowsOfSession(server.dataDir, goneId);
    expect(Object.keys(after)).toEqual(expect.arrayContaining(['sessions', 'events', 'commands', 'participants', 'snapshots']));
    for (const [table, count] of Object.entries(after)) expect(count, table).toBe(0);

    // Nor any byte of it in the database file or its WAL.
    for (const text of stringsOf(goneMarks, gone.session)) expect(filesHolding(server.dataDir, text), text).toEqual([]);

    // Nor in memory: handshakes, HTTP look-ups and a second deletion find nothing.
    expect(server.app.sessions.get(goneId)).toBeUndefined();
    expect(server.app.sessions.getByCode(gone.session.code)).toBeUndefined();
    expect(await TestClient.refusal(server.url, gone.person.auth)).toBe('NOT_FOUND');
    expect(await TestClient.refusal(server.url, gone.session.projectorAuth)).toBe('NOT_FOUND');
    expect(await TestClient.refusal(server.url, gone.session.facilitatorAuth)).toBe('NOT_FOUND');
    expect(await errorOf(await fetch(server.url + API.sessionByCode(gone.session.code)))).toEqual([404, 'NOT_FOUND']);
    expect(await errorOf(await postJson(server.url + API.join(gone.session.code), { pseudonym: 'Tard' }))).toEqual([404, 'NOT_FOUND']);
    expect(await errorOf(await deleteSession(server.url, goneId, `Bearer ${gone.session.facilitatorKey}`))).toEqual([404, 'NOT_FOUND']);

    // The other session: its rows, its words, its screens, its commands.
    const keptRows = rowsOfSession(server.dataDir, kept.session.sessionId);
    expect(keptRows).toMatchObject({ sessions: 1, participants: 1 });
    expect(keptRows['events']).toBeGreaterThanOrEqual(4);
    for (const text of stringsOf(keptMarks, kept.session)) expect(filesHolding(server.dataDir, text), text).not.toEqual([]);
    for (const client of [kept.facilitator, kept.participant, kept.projector]) expect(client.socket.connected).toBe(true);
    const version = expectOk(await kept.facilitator.command({ type: 'setPhase', phase: 'lobby' }));
    await Promise.all([kept.participant, kept.projector].map((client) => client.waitForVersion(version)));
    expect(server.stateOf(kept.session.sessionId).participants[kept.person.participantId]?.pseudonym).toBe(keptMarks.pseudonym);
    const stillOpen = await Promise.race([Promise.all(keptFarewells).then(() => 'closed'), sleep(100).then(() => 'open')]);
    expect(stillOpen).toBe('open');
  });

  it('refuses anyone without the facilitator key and deletes nothing', async () => {
    const marks = { title: 'Atelier-Refus-Lemurien', pseudonym: 'Personne-Capybara', topic: 'Sujet-Intact-Axolotl' };
    const target = await seed(marks);
    const other = await createSession(server.url);
    const id = target.session.sessionId;
    const rowsBefore = rowsOfSession(server.dataDir, id);

    const attempts: (string | undefined)[] = [
      undefined,
      '',
      'Bearer',
      `Bearer ${target.person.token}`,
      `Bearer ${target.session.facilitatorKey.slice(0, -1)}x`,
      `Bearer ${other.facilitatorKey}`,
      `Bearer ${'k'.repeat(5000)}`,
      `Basic ${target.session.facilitatorKey}`,
      target.session.facilitatorKey,
    ];
    for (const authorization of attempts) {
      expect(await errorOf(await deleteSession(server.url, id, authorization)), String(authorization).slice(0, 30)).toEqual([403, 'FORBIDDEN']);
    }
    expect(await errorOf(await deleteSession(server.url, 's_nobody-has-this-id', `Bearer ${target.session.facilitatorKey}`))).toEqual([404, 'NOT_FOUND']);
    expect(await errorOf(await deleteSession(server.url, 'not an id!', `Bearer ${target.session.facilitatorKey}`))).toEqual([404, 'NOT_FOUND']);

    expect(rowsOfSession(server.dataDir, id)).toEqual(rowsBefore);
    for (const text of stringsOf(marks, target.session)) expect(filesHolding(server.dataDir, text), text).not.toEqual([]);
    for (const client of [target.facilitator, target.participant, target.projector]) expect(client.socket.connected).toBe(true);
    expectOk(await target.participant.command({ type: 'proposeTopic', title: 'Encore là', description: '', themeId: null }));
    expect((await fetch(server.url + API.sessionByCode(target.session.code))).status).toBe(200);

    // The key itself still works, whatever the case of the scheme.
    expect((await deleteSession(server.url, id, `bearer ${target.session.facilitatorKey}`)).status).toBe(204);
    expect(server.app.sessions.get(id)).toBeUndefined();
  });
});
