import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NOTES_UPDATE_MAX_BYTES, type GroupKey, type NoteSection, type NotesUpdateAck } from '@forum-ouvert/shared';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { at, openBreakouts, type Breakouts } from '../helpers/agenda.ts';
import { TestClient } from '../helpers/client.ts';
import { rowsOfSession } from '../helpers/database.ts';
import { deleteSession } from '../helpers/http.ts';
import { codeOf, expectSaved, NotesPeer } from '../helpers/notes.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { makeTempDir, removeDir } from '../helpers/tempDir.ts';
import { sleep, until } from '../helpers/wait.ts';
import { expectOk } from '../helpers/workshop.ts';

let server: TestServer;
let dataDir: string;
const opened: Breakouts[] = [];

beforeAll(async () => {
  dataDir = makeTempDir('notes');
  server = await startServer(dataDir, { notesCompactAboveRows: 20 });
});

afterEach(() => {
  for (const breakouts of opened.splice(0)) breakouts.close();
});

afterAll(async () => {
  await server.stop();
  removeDir(dataDir);
});

interface Group {
  breakouts: Breakouts;
  key: GroupKey;
  /** p0 convenes the group, p2 sits in it; p1 convenes the other group, where p3 sits. */
  convener: TestClient;
  member: TestClient;
  outsider: TestClient;
}

/** One slot, two groups, four people seated. */
async function group(): Promise<Group> {
  const breakouts = await openBreakouts(server, 4, [{ name: 'Iroise', capacity: 10 }, { name: 'Molène', capacity: 10 }], [['09:00', '10:00']]);
  opened.push(breakouts);
  const slotId = at(breakouts.slotIds, 0);
  const [mine, other] = [at(at(breakouts.grid, 0), 0), at(at(breakouts.grid, 0), 1)];
  const people = breakouts.workshop.participants;
  for (const [k, topicId] of [mine, other, mine, other].entries()) {
    expectOk(await at(people, k).command({ type: 'joinGroup', slotId, topicId }));
  }
  return { breakouts, key: { slotId, topicId: mine }, convener: at(people, 0), member: at(people, 2), outsider: at(people, 3) };
}

function serverText(sessionId: string, key: GroupKey, section: NoteSection = 'discussed'): string {
  const notes = server.app.notes.notesOf(sessionId).find((n) => n.slotId === key.slotId && n.topicId === key.topicId);
  return notes?.sections[section] ?? '';
}

describe('group notes', () => {
  it('keeps both texts when two people type into the same section at once', async () => {
    const { breakouts, key, convener, member } = await group();
    const [a, b] = [new NotesPeer(convener, key), new NotesPeer(member, key)];
    expect(codeOf(await a.open())).toBe('OK');
    expect(codeOf(await b.open())).toBe('OK');
    const sends: Promise<NotesUpdateAck>[] = [];
    // Each types a word letter by letter at the start of the section, neither waiting for the other.
    for (const [i, [x, y]] of [...zip('Logement digne', 'Accès aux soins')].entries()) {
      if (x) a.type('discussed', i, x);
      if (y) b.type('discussed', i, y);
      sends.push(a.flush(), b.flush());
    }
    expect((await Promise.all(sends)).map(codeOf).every((code) => code === 'OK')).toBe(true);
    await until(() => a.text('discussed') === b.text('discussed'), 'both docs to converge');
    const text = a.text('discussed');
    expect(text).toContain('Logement digne');
    expect(text).toContain('Accès aux soins');
    expect(serverText(breakouts.sessionId, key)).toBe(text);
  });

  it('merges what someone typed offline, and what the others typed meanwhile, on reconnection', async () => {
    const { breakouts, key, convener, member } = await group();
    const [a, b] = [new NotesPeer(convener, key), new NotesPeer(member, key)];
    await a.open();
    await b.open();
    a.append('proposals', 'Avant la coupure. ');
    expect(codeOf(await a.flush())).toBe('OK');
    await until(() => b.text('proposals') === 'Avant la coupure. ', 'b to see the first line');

    convener.socket.disconnect();
    a.append('proposals', 'Écrit hors ligne.');
    a.append('nextSteps', 'Relancer la mairie');
    b.append('proposals', 'Écrit en ligne. ');
    expect(codeOf(await b.flush())).toBe('OK');
    await sleep(50);

    convener.socket.connect();
    await until(() => convener.socket.connected, 'the reconnection');
    expect(codeOf(await a.resync())).toBe('OK');
    await until(() => b.text('proposals') === a.text('proposals') && b.text('nextSteps') === 'Relancer la mairie', 'the merge');
    for (const part of ['Avant la coupure.', 'Écrit hors ligne.', 'Écrit en ligne.']) expect(a.text('proposals')).toContain(part);
    expect(serverText(breakouts.sessionId, key, 'proposals')).toBe(a.text('proposals'));
  });

  it('refuses a non-member, and takes the pen from a member who leaves the group', async () => {
    const { key, member, outsider } = await group();
    const stranger = new NotesPeer(outsider, key);
    expect(codeOf(await stranger.open())).toBe('FORBIDDEN');
    stranger.append('discussed', 'intrus');
    expect(codeOf(await stranger.flush())).toBe('FORBIDDEN');

    const leaver = new NotesPeer(member, key);
    expect(await leaver.open()).toMatchObject({ ok: true, access: 'write' });
    expectOk(await member.command({ type: 'leaveGroup', slotId: key.slotId }));
    leaver.append('discussed', 'après le départ');
    expect(codeOf(await leaver.flush())).toBe('FORBIDDEN');
    expect(codeOf(await leaver.open())).toBe('FORBIDDEN');
  });

  it('stops relaying to someone who walked away, and stamps awareness with the sender as the server knows them', async () => {
    const { breakouts, key, convener, member } = await group();
    const [a, b] = [new NotesPeer(convener, key), new NotesPeer(member, key)];
    await a.open();
    await b.open();
    const awareness = awarenessUpdate({ section: 'keyPoints', name: 'Quelqu’un d’autre' });
    convener.socket.emit('notes:awareness', { ...key, update: awareness });
    await until(() => b.awareness.length === 1, 'the awareness relay');
    const seen = readAwareness(at(b.awareness, 0).update);
    expect(seen).toEqual({ name: 'Personne 0', role: 'participant', section: 'keyPoints' });

    const other = at(at(breakouts.grid, 0), 1);
    expectOk(await member.command({ type: 'joinGroup', slotId: key.slotId, topicId: other }));
    a.append('discussed', 'après son départ');
    expect(codeOf(await a.flush())).toBe('OK');
    await sleep(100);
    expect(b.text('discussed')).toBe('');
  });

  it('lets everyone read but not write once published, the projector included', async () => {
    const { breakouts, key, convener, outsider } = await group();
    const writer = new NotesPeer(convener, key);
    await writer.open();
    writer.append('keyPoints', 'Point clé');
    expectSaved(await writer.flush());
    const projector = new NotesPeer(breakouts.projector, key);
    expect(codeOf(await projector.open())).toBe('FORBIDDEN');

    expectOk(await breakouts.workshop.facilitator.command({ type: 'publishNotes', published: true }));
    const reader = new NotesPeer(outsider, key);
    for (const peer of [reader, projector]) {
      expect(await peer.open()).toMatchObject({ ok: true, access: 'read' });
      expect(peer.text('keyPoints')).toBe('Point clé');
    }
    // Readers follow live...
    writer.append('keyPoints', ' (suite)');
    expectSaved(await writer.flush());
    await until(() => reader.text('keyPoints') === 'Point clé (suite)' && projector.text('keyPoints') === 'Point clé (suite)', 'the readers to follow');
    // ...but cannot write.
    for (const peer of [reader, projector]) {
      peer.append('keyPoints', ' falsifié');
      expect(codeOf(await peer.flush())).toBe('FORBIDDEN');
    }
    expect(serverText(breakouts.sessionId, key, 'keyPoints')).toBe('Point clé (suite)');
  });

  it('refuses notes over 100 KB with BUDGET_EXCEEDED and leaves them as they were', async () => {
    const { breakouts, key, convener } = await group();
    const a = new NotesPeer(convener, key);
    await a.open();
    a.append('resources', 'x'.repeat(60_000));
    expectSaved(await a.flush());
    const before = serverText(breakouts.sessionId, key, 'resources');

    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(a.doc));
    scratch.getText('resources').insert(0, 'y'.repeat(50_000));
    const tooMuch = Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(a.doc));
    const refused = await a.send(tooMuch);
    expect(refused).toMatchObject({ ok: false, error: { code: 'BUDGET_EXCEEDED' } });
    expect(serverText(breakouts.sessionId, key, 'resources')).toBe(before);

    const fresh = new NotesPeer(at(breakouts.workshop.participants, 2), key);
    await fresh.open();
    expect(fresh.text('resources')).toBe(before);
    // Deleting is always allowed, and one message never carries more than NOTES_UPDATE_MAX_BYTES.
    a.doc.getText('resources').delete(0, 10_000);
    expectSaved(await a.flush());
    expect(codeOf(await a.send(new Uint8Array(NOTES_UPDATE_MAX_BYTES + 1)))).toBe('VALIDATION');
    expect(codeOf(await a.send(new Uint8Array([1, 2, 3, 250, 251])))).toBe('VALIDATION');
  });

  it('keeps the notes across a restart, compacted rows included', async () => {
    const { breakouts, key, convener } = await group();
    const a = new NotesPeer(convener, key);
    await a.open();
    for (let i = 0; i < 30; i++) {
      a.append('discussed', `ligne ${i}\n`);
      expectSaved(await a.flush());
    }
    const text = a.text('discussed');
    expect(rowsOfSession(dataDir, breakouts.sessionId)['notes_updates']).toBeLessThanOrEqual(21);
    breakouts.close();
    await server.stop();
    server = await startServer(dataDir, { notesCompactAboveRows: 20 });

    expect(serverText(breakouts.sessionId, key)).toBe(text);
    const person = breakouts.workshop.people[0];
    if (!person) throw new Error('no person');
    const again = await TestClient.connect(server.url, person.auth);
    const reader = new NotesPeer(again, key);
    expect(await reader.open()).toMatchObject({ ok: true, access: 'write' });
    expect(reader.text('discussed')).toBe(text);
    again.close();
  });

  it('deletes the notes with their session, on disk and in memory', async () => {
    const { breakouts, key, convener } = await group();
    const a = new NotesPeer(convener, key);
    await a.open();
    a.append('discussed', 'Note-Effacee-Wombat');
    expectSaved(await a.flush());
    expect(rowsOfSession(dataDir, breakouts.sessionId)['notes_updates']).toBe(1);
    expect(server.app.notes.notesOf(breakouts.sessionId)).toHaveLength(1);

    const { session } = breakouts.workshop;
    expect((await deleteSession(server.url, session.sessionId, `Bearer ${session.facilitatorKey}`)).status).toBeLessThan(300);
    expect(rowsOfSession(dataDir, breakouts.sessionId)['notes_updates']).toBe(0);
    expect(server.app.notes.notesOf(breakouts.sessionId)).toEqual([]);
  });
});

function* zip(a: string, b: string): Generator<[string | undefined, string | undefined]> {
  for (let i = 0; i < Math.max(a.length, b.length); i++) yield [a[i], b[i]];
}

/** An awareness update as a phone's y-protocols Awareness makes it. */
function awarenessUpdate(state: object): Uint8Array {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(state);
  const update = encodeAwarenessUpdate(awareness, [awareness.clientID]);
  awareness.destroy();
  return update;
}

function readAwareness(update: Uint8Array): unknown {
  const awareness = new Awareness(new Y.Doc());
  applyAwarenessUpdate(awareness, update, 'test');
  const states = [...awareness.getStates().entries()].filter(([id]) => id !== awareness.clientID).map(([, state]) => state);
  awareness.destroy();
  return states[0];
}
