import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACK_TIMEOUT_MS,
  API,
  EXPORT_KINDS,
  PHASES,
  type Command,
  type CommandType,
  type GroupKey,
  type Presence,
  type SessionState,
} from '@forum-ouvert/shared';
import { SAMPLES } from '../../shared/src/testing/commandSamples.ts';
import { at, openBreakouts, type Breakouts } from '../helpers/agenda.ts';
import { TestClient } from '../helpers/client.ts';
import { rowsOfSession } from '../helpers/database.ts';
import { createSession, deleteSession, joinParticipant, type SessionHandle } from '../helpers/http.ts';
import { codeOf, expectSaved, NotesPeer } from '../helpers/notes.ts';
import { renameIds } from '../helpers/renameIds.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { expectOk } from '../helpers/workshop.ts';

/**
 * Session B's people hold valid credentials, of B. Whatever they send naming A (its ids over
 * commands, sync, notes; its id over HTTP with B's key or token), they neither change A nor
 * read a byte of it, while A goes on living next to them.
 */
const NOTES_OF_A = 'Compte rendu confidentiel du groupe A';
const PROPOSAL_OF_A = 'Proposition confidentielle de A';

let server: TestServer;
let a: Breakouts;
let keyOfA: GroupKey;
let writerOfA: NotesPeer;
let sessionB: SessionHandle;
let facilitatorOfB: TestClient;
let participantOfB: TestClient;
let tokenOfB: string;

const stateOfA = (): SessionState => server.stateOf(a.sessionId);

/** Every id of A and the texts only A holds: none may reach B. */
function secretsOfA(): string[] {
  const state = stateOfA();
  return [
    a.sessionId,
    a.workshop.session.code,
    a.workshop.session.facilitatorKey,
    ...a.workshop.people.map((person) => person.token),
    ...Object.keys(state.participants),
    ...Object.values(state.participants).map((p) => p.pseudonym),
    ...Object.keys(state.topics),
    ...Object.keys(state.spaces),
    ...Object.keys(state.slots),
    ...Object.keys(state.convergence.proposals),
    ...state.themes.map((theme) => theme.id),
    NOTES_OF_A,
    PROPOSAL_OF_A,
  ];
}

/** The fixture ids of the command samples, each as an id of A of the same kind. */
function idsOfA(): Map<string, string> {
  const state = stateOfA();
  const [p0, p1] = a.workshop.participants.map((p) => p.participantId);
  const [t0, t1] = Object.keys(state.topics);
  const [proposal] = Object.keys(state.convergence.proposals);
  const [theme] = state.themes.map((t) => t.id);
  const slot = at(a.slotIds, 0);
  const space = at(a.spaceIds, 0);
  const pairs: [string, string | undefined][] = [
    ...['p1', 'p3', 'paper1'].map((id): [string, string | undefined] => [id, p0]),
    ['p2', p1],
    ...['t1', 't3'].map((id): [string, string | undefined] => [id, t0]),
    ...['t2', 'tp'].map((id): [string, string | undefined] => [id, t1]),
    ...['sl1', 'sl2'].map((id): [string, string] => [id, slot]),
    ...['sp1', 'sp2'].map((id): [string, string] => [id, space]),
    ...['pr1', 'pr2', 'pr3', 'pr4'].map((id): [string, string | undefined] => [id, proposal]),
    ...['th1', 'th2'].map((id): [string, string | undefined] => [id, theme]),
  ];
  return new Map(pairs.map(([fixture, real]) => [fixture, real ?? fixture]));
}

/** Every command type that can name something of A, naming it: the sample with A's ids. */
function commandsNamingA(role: 'facilitator' | 'participant'): Command[] {
  const ids = idsOfA();
  return (Object.keys(SAMPLES) as CommandType[])
    .map((type) => SAMPLES[type].command(role) as Command)
    .map((command) => ({ command, aimed: renameIds(command, ids) }))
    .filter(({ command, aimed }) => JSON.stringify(command) !== JSON.stringify(aimed))
    .map(({ aimed }) => aimed);
}

/** A session of its own with a facilitator and one participant, both connected. */
async function openSessionB(title: string) {
  const handle = await createSession(server.url, { title });
  const person = await joinParticipant(server.url, handle.code, 'Bruno');
  const facilitator = await TestClient.connect(server.url, handle.facilitatorAuth);
  const participant = await TestClient.connect(server.url, person.auth);
  return {
    handle,
    token: person.token,
    facilitator,
    participant,
    close() {
      facilitator.close();
      participant.close();
    },
  };
}

beforeAll(async () => {
  server = await startServer();
  // A: two people, one group meeting in the only slot, notes written, a convergence vote open.
  a = await openBreakouts(server, 2, [{ name: 'Salle A', capacity: 10 }, { name: 'Salle A bis', capacity: 10 }], [['09:00', '10:00']]);
  const [convener] = a.workshop.participants;
  if (!convener) throw new Error('No participant in A');
  keyOfA = { slotId: at(a.slotIds, 0), topicId: at(at(a.grid, 0), 0) };
  expectOk(await convener.command({ type: 'joinGroup', ...keyOfA }));
  writerOfA = new NotesPeer(convener, keyOfA);
  expect(codeOf(await writerOfA.open())).toBe('OK');
  writerOfA.append('discussed', NOTES_OF_A);
  expectSaved(await writerOfA.flush());
  expectOk(await a.workshop.facilitator.command({ type: 'setPhase', phase: 'closing' }));
  expectOk(await a.workshop.facilitator.command({ type: 'openConvergence', proposals: [{ ...keyOfA, text: PROPOSAL_OF_A }] }));

  ({ handle: sessionB, token: tokenOfB, facilitator: facilitatorOfB, participant: participantOfB } = await openSessionB('Atelier B'));
});

afterAll(async () => {
  facilitatorOfB.close();
  participantOfB.close();
  a.close();
  await server.stop();
  removeDir(server.dataDir);
});

describe("a second session's people", () => {
  it("change nothing of A with commands naming A's ids, from either of B's roles, in every phase of B", async () => {
    const before = stateOfA();
    const rows = rowsOfSession(server.dataDir, a.sessionId);
    const sent: { by: string; command: Command; code: string }[] = [];
    // One session B per phase, so that the phase gates let the commands reach their lookups
    // (and each B's people stay within their rate limit).
    for (const phase of PHASES.map((p) => p.id)) {
      const other = await openSessionB(`Atelier B en ${phase}`);
      if (phase !== 'lobby') expectOk(await other.facilitator.command({ type: 'setPhase', phase }));
      for (const [by, client, role] of [
        ['participant', other.participant, 'participant'],
        ['facilitator', other.facilitator, 'facilitator'],
      ] as const) {
        for (const command of commandsNamingA(role)) sent.push({ by, command, code: codeOf(await client.command(command)) });
      }
      other.close();
    }
    // Nearly every type names something: a filter gone wrong would make this test pass on nothing.
    expect(sent.length).toBeGreaterThan(40 * PHASES.length);
    expect(sent.filter((s) => s.code === 'NOT_FOUND').length).toBeGreaterThan(sent.length / 2);
    expect(sent.filter((s) => !['NOT_FOUND', 'FORBIDDEN', 'WRONG_PHASE'].includes(s.code))).toEqual([]);
    expect(stateOfA()).toBe(before);
    expect(rowsOfSession(server.dataDir, a.sessionId)).toEqual(rows);
  });

  it("get their own session from sync, whatever the request says of A", async () => {
    for (const request of [{ since: 0, sessionId: a.sessionId }, { since: 0, code: a.workshop.session.code, role: 'facilitator' }]) {
      for (const client of [participantOfB, facilitatorOfB]) {
        const ack = await client.raw.timeout(ACK_TIMEOUT_MS).emitWithAck('sync', request);
        expect(ack.ok && 'snapshot' in ack ? ack.snapshot.state.id : ack).toBe(sessionB.sessionId);
      }
    }
  });

  it("can neither open, write nor watch A's notes", async () => {
    const rows = rowsOfSession(server.dataDir, a.sessionId);
    for (const client of [participantOfB, facilitatorOfB]) {
      const intruder = new NotesPeer(client, keyOfA);
      expect(codeOf(await intruder.open())).toBe('NOT_FOUND');
      intruder.append('discussed', 'Écrit par B');
      expect(codeOf(await intruder.flush())).toBe('NOT_FOUND');
      client.raw.emit('notes:awareness', { ...keyOfA, update: new Uint8Array([0]) });
      client.raw.emit('notes:close', keyOfA);
    }
    // A keeps writing: had B joined A's room, the relay would reach it now.
    writerOfA.append('nextSteps', ' Suite du compte rendu.');
    expectSaved(await writerOfA.flush());
    const text = server.app.notes.notesOf(a.sessionId).find((n) => n.topicId === keyOfA.topicId)?.sections.discussed;
    expect(text).toBe(NOTES_OF_A);
    expect(rowsOfSession(server.dataDir, a.sessionId)).toEqual({ ...rows, notes_updates: (rows['notes_updates'] ?? 0) + 1 });
  });

  it("are refused A's exports, notes text and deletion over HTTP with B's key or token", async () => {
    const id = a.sessionId;
    const statuses: Record<string, number> = {};
    for (const [who, secret] of [
      ["B's key", sessionB.facilitatorKey],
      ["B's token", tokenOfB],
    ] as const) {
      const authorization = { authorization: `Bearer ${secret}` };
      for (const kind of EXPORT_KINDS) statuses[`${who} ${kind}`] = (await fetch(server.url + API.exportSession(id, kind), { headers: authorization })).status;
      statuses[`${who} notes`] = (await fetch(server.url + API.notesText(id), { headers: authorization })).status;
      statuses[`${who} delete`] = (await deleteSession(server.url, id, authorization.authorization)).status;
    }
    expect(new Set(Object.values(statuses))).toEqual(new Set([403]));
    expect(server.app.sessions.get(id)).toBeDefined();
  });

  it('received nothing of A on any socket while A went on', async () => {
    const presence: Presence[] = [];
    facilitatorOfB.socket.on('presence', (message) => presence.push(message));
    // A lives on next to B: someone votes, the facilitator reveals, another phone comes and goes.
    const [proposal] = Object.keys(stateOfA().convergence.proposals);
    expectOk(await at(a.workshop.participants, 1).command({ type: 'placeProposalDot', proposalId: proposal ?? '' }));
    expectOk(await a.workshop.facilitator.command({ type: 'revealConvergence', revealed: true }));
    const late = await TestClient.connect(server.url, at(a.workshop.people, 0).auth);
    late.close();
    // B's own change, so both of B's sockets get a batch after A's: whatever leaked would be there by now.
    expectOk(await facilitatorOfB.command({ type: 'setPhase', phase: 'marketplace' }));
    await Promise.all([participantOfB, facilitatorOfB].map((client) => client.waitForVersion(server.stateOf(sessionB.sessionId).version)));

    const seenByB = JSON.stringify([participantOfB.received, facilitatorOfB.received]);
    expect(secretsOfA().filter((secret) => seenByB.includes(secret))).toEqual([]);
    // The same search in what A's own facilitator received finds A's data: the search itself works.
    const seenByA = JSON.stringify(a.workshop.facilitator.received);
    expect(secretsOfA().filter((secret) => seenByA.includes(secret)).length).toBeGreaterThan(5);
    // Presence counts B's phones only (one), never A's.
    expect(presence.filter((p) => p.online > 1)).toEqual([]);
  });

  it("refuses B's participant a handshake on A's code, and B's key on A's id", async () => {
    expect(await TestClient.refusal(server.url, { role: 'participant', code: a.workshop.session.code, token: tokenOfB })).toBe('FORBIDDEN');
    expect(await TestClient.refusal(server.url, { role: 'facilitator', sessionId: a.sessionId, key: sessionB.facilitatorKey })).toBe('FORBIDDEN');
  });
});
