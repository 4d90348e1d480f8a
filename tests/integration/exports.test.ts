import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, EXPORT_KINDS, type Archive, type CreatedSession, type ExportKind, type SessionState } from '@forum-ouvert/shared';
import { at, buildGrid } from '../helpers/agenda.ts';
import { TestClient } from '../helpers/client.ts';
import { postJson } from '../helpers/http.ts';
import { expectSaved, NotesPeer } from '../helpers/notes.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { expectOk, openWorkshop, topicIds, type Workshop } from '../helpers/workshop.ts';

let server: TestServer;
let story: Story;
const clients: TestClient[] = [];

interface Story {
  workshop: Workshop;
  sessionId: string;
  key: string;
  /** Every secret of the session: the key, the tokens, and their hashes as stored. */
  secrets: string[];
}

const sha256 = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/**
 * Three people, two topics voted on and placed in one slot, everyone in a group, notes with
 * proposals in the first group, and a convergence vote on those proposals.
 */
async function tellStory(): Promise<Story> {
  const workshop = await openWorkshop(server, 3);
  const { session, facilitator, participants } = workshop;
  const [a, b, c] = [at(participants, 0), at(participants, 1), at(participants, 2)];
  const themeId = server.stateOf(session.sessionId).themes[0]?.id ?? null;
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
  expectOk(await a.command({ type: 'proposeTopic', title: 'Santé, "vite"', description: '', themeId }));
  expectOk(await b.command({ type: 'proposeTopic', title: 'Logement', description: '', themeId: null }));
  const [health, housing] = topicIds(server.stateOf(session.sessionId)) as [string, string];
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'voting' }));
  expectOk(await a.command({ type: 'placeDot', topicId: housing }));
  expectOk(await b.command({ type: 'placeDot', topicId: health }));
  expectOk(await c.command({ type: 'placeDot', topicId: health }));
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'agenda' }));
  const { spaceIds, slotIds } = await buildGrid(server, session.sessionId, facilitator, [{ name: 'Iroise', capacity: 10 }, { name: 'Molène', capacity: 10 }], [['09:00', '10:00']]);
  const slotId = at(slotIds, 0);
  expectOk(await facilitator.command({ type: 'moveTopic', topicId: health, to: { slotId, spaceId: at(spaceIds, 0) } }));
  expectOk(await facilitator.command({ type: 'moveTopic', topicId: housing, to: { slotId, spaceId: at(spaceIds, 1) } }));
  expectOk(await facilitator.command({ type: 'publishAgenda', published: true }));
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'breakouts' }));
  for (const [person, topicId] of [[a, health], [b, housing], [c, health]] as const) {
    expectOk(await person.command({ type: 'joinGroup', slotId, topicId }));
  }
  const notes = new NotesPeer(facilitator, { slotId, topicId: health });
  await notes.open();
  notes.append('discussed', 'Les délais, "trop longs".');
  notes.append('proposals', '- Un fonds régional, géré ensemble\n- Des permanences le soir');
  notes.append('nextSteps', 'Écrire à la préfecture');
  expectSaved(await notes.flush());
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'closing' }));
  const proposals = ['Un fonds régional, géré ensemble', 'Des permanences le soir'].map((text) => ({ slotId, topicId: health, text }));
  expectOk(await facilitator.command({ type: 'openConvergence', proposals }));
  const [first, second] = Object.keys(server.stateOf(session.sessionId).convergence.proposals) as [string, string];
  for (const [person, proposalId] of [[a, first], [b, second], [c, second]] as const) {
    expectOk(await person.command({ type: 'placeProposalDot', proposalId }));
  }
  const tokens = workshop.people.map((p) => p.token);
  const secrets = [session.facilitatorKey, ...tokens].flatMap((s) => [s, sha256(s)]);
  return { workshop, sessionId: session.sessionId, key: session.facilitatorKey, secrets };
}

beforeAll(async () => {
  server = await startServer();
  story = await tellStory();
});

afterAll(async () => {
  story.workshop.close();
  for (const client of clients) client.close();
  await server.stop();
  removeDir(server.dataDir);
});

function download(sessionId: string, kind: string, authorization?: string, query = ''): Promise<Response> {
  return fetch(`${server.url}${API.exportSession(sessionId, kind)}${query}`, authorization === undefined ? {} : { headers: { authorization } });
}

const asFacilitator = (kind: ExportKind, query = '') => download(story.sessionId, kind, `Bearer ${story.key}`, query);

async function errorCode(response: Response): Promise<[number, string]> {
  const body = (await response.json()) as { error: { code: string } };
  return [response.status, body.error.code];
}

const TYPES: Record<ExportKind, string> = {
  'proceedings.md': 'text/markdown; charset=utf-8',
  'proceedings.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'proceedings.html': 'text/html; charset=utf-8',
  'topics.csv': 'text/csv; charset=utf-8',
  'proposals.csv': 'text/csv; charset=utf-8',
  'archive.json': 'application/json; charset=utf-8',
};

/** The text of a DOCX's body, tags off and entities decoded. */
async function docxText(bytes: ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('No word/document.xml');
  return xml
    .replace(/<w:p[ >]/g, '\n$&')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function importArchive(archive: unknown): Promise<Response> {
  return postJson(server.url + API.importSession, archive);
}

/** A state without what an import changes: its id and code. */
function comparable(state: SessionState): Omit<SessionState, 'id' | 'code'> {
  const { id: _id, code: _code, ...rest } = state;
  return rest;
}

describe('exports: who may download', () => {
  it.each(EXPORT_KINDS)('%s: 403 for a participant token, the projector, no key and a wrong key', async (kind) => {
    const token = at(story.workshop.people, 0).token;
    const code = story.workshop.session.code;
    const refused = await Promise.all([
      download(story.sessionId, kind, `Bearer ${token}`),
      download(story.sessionId, kind, `Bearer ${code}`),
      download(story.sessionId, kind),
      download(story.sessionId, kind, `Bearer ${'x'.repeat(40)}`),
      download(story.sessionId, kind, story.key),
    ]);
    expect(await Promise.all(refused.map(errorCode))).toEqual(new Array(5).fill([403, 'FORBIDDEN']));
  });

  it('404 for an unknown session or kind; 400 for a bad query', async () => {
    expect(await errorCode(await download('s_nope', 'proceedings.md', `Bearer ${story.key}`))).toEqual([404, 'NOT_FOUND']);
    expect(await errorCode(await download(story.sessionId, 'proceedings.pdf', `Bearer ${story.key}`))).toEqual([404, 'NOT_FOUND']);
    expect(await errorCode(await asFacilitator('proceedings.md', '?lang=de'))).toEqual([400, 'VALIDATION']);
    expect(await errorCode(await asFacilitator('proceedings.md', '?names=yes'))).toEqual([400, 'VALIDATION']);
  });
});

describe('exports: the files', () => {
  it.each(EXPORT_KINDS)('%s: type, file name, no-store, and never a key, a token or a hash', async (kind) => {
    for (const names of ['0', '1']) {
      const response = await asFacilitator(kind, `?names=${names}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(TYPES[kind]);
      const disposition = kind === 'proceedings.html' ? 'inline' : 'attachment';
      expect(response.headers.get('content-disposition')).toMatch(new RegExp(`^${disposition}; filename="atelier-\\d{4}-\\d{2}-\\d{2}-${kind.replace('.', '\\.')}"$`));
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = kind === 'proceedings.docx' ? await docxText(await response.arrayBuffer()) : await response.text();
      for (const secret of story.secrets) expect(body).not.toContain(secret);
    }
  });

  it('names appear only with names=1', async () => {
    for (const kind of ['proceedings.md', 'proceedings.html', 'topics.csv', 'archive.json'] as const) {
      expect(await (await asFacilitator(kind)).text()).not.toContain('Personne');
      expect(await (await asFacilitator(kind, '?names=0')).text()).not.toContain('Personne');
      expect(await (await asFacilitator(kind, '?names=1')).text()).toContain('Personne 0');
    }
    expect(await docxText(await (await asFacilitator('proceedings.docx')).arrayBuffer())).not.toContain('Personne');
    expect(await docxText(await (await asFacilitator('proceedings.docx', '?names=1')).arrayBuffer())).toContain('Personne 0');
  });

  it('the Markdown holds the groups, their headcounts, notes and proposals, and the topics with their votes', async () => {
    const text = await (await asFacilitator('proceedings.md')).text();
    expect(text).toContain('# Atelier\n');
    expect(text).toContain('| 09:00–10:00 | Santé, "vite" | Logement |');
    expect(text).toContain('### Santé, "vite"\n\n- **Créneau\u00a0:** 09:00–10:00, Iroise\n- **Thème\u00a0:** Santé\n- **Participants au groupe\u00a0:** 2\n');
    expect(text).toContain('#### Propositions\n\n- Un fonds régional, géré ensemble\n- Des permanences le soir\n');
    expect(text).toContain('| Santé, "vite" | Santé | 2 |\n| Logement |  | 1 |');
    expect(await (await asFacilitator('proceedings.md', '?lang=en')).text()).toContain('## Topics and votes');
  });

  it('the CSV files start with a BOM and quote what needs quoting', async () => {
    const bytes = new Uint8Array(await (await asFacilitator('topics.csv')).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(
      '\uFEFFTitre,Traductions,Thème,Gommettes,Créneau,Salle,Participants au groupe\r\n' +
        '"Santé, ""vite""",,Santé,2,09:00–10:00,Iroise,2\r\n' +
        'Logement,,,1,09:00–10:00,Molène,1\r\n',
    );
    const proposals = new Uint8Array(await (await asFacilitator('proposals.csv')).arrayBuffer());
    expect([...proposals.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(proposals)).toBe(
      '\uFEFFRang,Proposition,Sujet,Créneau,Gommettes\r\n' +
        '1,Des permanences le soir,"Santé, ""vite""",09:00–10:00,2\r\n' +
        '2,"Un fonds régional, géré ensemble","Santé, ""vite""",09:00–10:00,1\r\n',
    );
  });

  it('the DOCX unzips to a document with the headings, the topics and the proposals', async () => {
    const text = await docxText(await (await asFacilitator('proceedings.docx')).arrayBuffer());
    for (const part of ['Atelier', 'Programme', 'Groupes', 'Propositions classées', 'Sujets et votes', 'Santé, "vite"', 'Logement', 'Un fonds régional, géré ensemble', 'Écrire à la préfecture']) {
      expect(text).toContain(part);
    }
  });

  it('the print page is HTML in the language asked, under a policy that runs nothing', async () => {
    const response = await asFacilitator('proceedings.html', '?lang=en');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<h3 dir="auto">Santé, &quot;vite&quot;</h3>');
  });
});

describe('archive and import', () => {
  async function roundTrip(names: '0' | '1'): Promise<{ archive: Archive; created: CreatedSession }> {
    const archive = (await (await asFacilitator('archive.json', `?names=${names}`)).json()) as Archive;
    const response = await importArchive(archive);
    expect(response.status).toBe(201);
    return { archive, created: (await response.json()) as CreatedSession };
  }

  it('export then import gives the same state under a new id, code and key, and the same notes', async () => {
    const { archive, created } = await roundTrip('1');
    expect(archive).toMatchObject({ format: 'forum-ouvert-archive', version: 1 });
    expect(archive.events[0]?.event.type).toBe('SessionCreated');
    expect(Object.keys(archive.notes)).toHaveLength(1);
    expect(created.sessionId).not.toBe(story.sessionId);
    expect(created.code).not.toBe(story.workshop.session.code);
    expect(created.facilitatorKey).not.toBe(story.key);
    const original = server.stateOf(story.sessionId);
    const copy = server.stateOf(created.sessionId);
    expect(copy).toMatchObject({ id: created.sessionId, code: created.code });
    expect(comparable(copy)).toEqual(comparable(original));
    const strip = (notes: ReturnType<typeof server.app.notes.notesOf>) => notes.map(({ slotId, topicId, sections }) => ({ slotId, topicId, sections }));
    expect(strip(server.app.notes.notesOf(created.sessionId))).toEqual(strip(server.app.notes.notesOf(story.sessionId)));
    // The copy answers its own key, not the original's; its exports read the same.
    expect((await download(created.sessionId, 'proceedings.md', `Bearer ${story.key}`)).status).toBe(403);
    const copied = await (await download(created.sessionId, 'proceedings.md', `Bearer ${created.facilitatorKey}`)).text();
    expect(copied).toBe(await (await asFacilitator('proceedings.md')).text());
  });

  it('survives a restart like any session', async () => {
    const { created } = await roundTrip('1');
    const before = server.stateOf(created.sessionId);
    await server.stop();
    server = await startServer(server.dataDir);
    expect(server.stateOf(created.sessionId)).toEqual(before);
  });

  it('without names, the copy holds generic names instead of the pseudonyms, and nothing else differs', async () => {
    const { archive, created } = await roundTrip('0');
    expect(JSON.stringify(archive)).not.toContain('Personne');
    const original = server.stateOf(story.sessionId);
    const copy = server.stateOf(created.sessionId);
    expect(Object.values(copy.participants).map((p) => p.pseudonym)).toEqual(['Participant 1', 'Participant 2', 'Participant 3']);
    const renamed = Object.fromEntries(Object.entries(original.participants).map(([id, p], i) => [id, { ...p, pseudonym: `Participant ${i + 1}` }]));
    expect(comparable(copy)).toEqual({ ...comparable(original), participants: renamed });
  });

  it('participants cannot take their identity back in the copy: their tokens are not carried', async () => {
    const { created } = await roundTrip('1');
    const token = at(story.workshop.people, 0).token;
    await expect(TestClient.connect(server.url, { role: 'participant', code: created.code, token })).rejects.toThrow();
  });

  it('refuses what is not a whole, replayable archive, and creates nothing', async () => {
    const archive = (await (await asFacilitator('archive.json')).json()) as Archive;
    const before = [...server.app.sessions.rooms()].length;
    const bad: unknown[] = [
      {},
      { ...archive, format: 'other' },
      { ...archive, events: archive.events.slice(1) },
      { ...archive, events: archive.events.filter((e) => e.seq !== 2) },
      { ...archive, events: [...archive.events, { seq: archive.events.length + 1, event: { type: 'Nonsense' } }] },
      { ...archive, notes: { 'a:b': Buffer.from('not yjs').toString('base64') } },
    ];
    for (const body of bad) expect(await errorCode(await importArchive(body))).toEqual([400, 'VALIDATION']);
    expect([...server.app.sessions.rooms()].length).toBe(before);
  });

  it('reads an archive far above the API’s 16 KB, within its own limit', async () => {
    const archive = (await (await asFacilitator('archive.json')).json()) as Archive;
    const padded = { ...archive, notes: { ...archive.notes }, padding: 'x'.repeat(100_000) };
    expect((await importArchive(padded)).status).toBe(201);
    const tooBig = { ...archive, padding: 'x'.repeat(21 * 1024 * 1024) };
    expect((await importArchive(tooBig)).status).toBe(413);
  });
});
