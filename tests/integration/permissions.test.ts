import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '@forum-ouvert/shared';
import { TestClient } from '../helpers/client.ts';
import { createSession, joinParticipant } from '../helpers/http.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { expectOk, expectRefused, openWorkshop, topicIds, type Workshop } from '../helpers/workshop.ts';

let server: TestServer;
let workshop: Workshop;
let alice: TestClient;
let bob: TestClient;
let aliceTopic: string;
let bobTopic: string;

beforeAll(async () => {
  server = await startServer();
  workshop = await openWorkshop(server, 2);
  [alice, bob] = workshop.participants as [TestClient, TestClient];
  expectOk(await workshop.facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
  expectOk(await alice.command({ type: 'proposeTopic', title: 'Le logement', description: '', themeId: null }));
  expectOk(await bob.command({ type: 'proposeTopic', title: 'Les papiers', description: '', themeId: null }));
  [aliceTopic = '', bobTopic = ''] = topicIds(server.stateOf(workshop.session.sessionId));
});

afterAll(async () => {
  workshop.close();
  await server.stop();
  removeDir(server.dataDir);
});

/** One command of every facilitator-only kind. */
function facilitatorCommands(): Command[] {
  return [
    { type: 'setPhase', phase: 'voting' },
    { type: 'updateVoteSettings', settings: { dotBudget: 5, allowStacking: true, tallyMode: 'hidden' } },
    { type: 'revealTallies', revealed: true },
    { type: 'addPaperParticipant', pseudonym: 'Sans téléphone' },
    { type: 'setTopicHidden', topicId: bobTopic, hidden: true },
    { type: 'setTopicHidden', topicId: aliceTopic, hidden: false },
    { type: 'mergeTopics', sourceId: bobTopic, targetId: aliceTopic },
  ];
}

describe('who may do what', () => {
  it('forbids participants to run the session: phase, settings, reveal, paper people, hide, restore, merge', async () => {
    const before = server.stateOf(workshop.session.sessionId);
    for (const command of facilitatorCommands()) expectRefused(await alice.command(command), 'FORBIDDEN');
    expect(server.stateOf(workshop.session.sessionId)).toBe(before);
  });

  it('forbids a participant to act for someone else or to touch their topic', async () => {
    const before = server.stateOf(workshop.session.sessionId);
    const forBob = { asParticipantId: bob.participantId };
    expectRefused(await alice.command({ type: 'proposeTopic', title: 'Au nom de Bob', description: '', themeId: null, ...forBob }), 'FORBIDDEN');
    expectRefused(await alice.command({ type: 'editTopic', topicId: bobTopic, title: 'Changé', description: '', themeId: null }), 'FORBIDDEN');
    expectRefused(await alice.command({ type: 'withdrawTopic', topicId: bobTopic }), 'FORBIDDEN');
    expect(server.stateOf(workshop.session.sessionId)).toBe(before);
  });

  it('lets the projector send no command at all', async () => {
    const projector = await TestClient.connect(server.url, workshop.session.projectorAuth);
    expect(projector.you).toEqual({ role: 'projector' });
    const before = server.stateOf(workshop.session.sessionId);
    const everything: Command[] = [
      ...facilitatorCommands(),
      { type: 'proposeTopic', title: 'Écran', description: '', themeId: null },
      { type: 'editTopic', topicId: aliceTopic, title: 'Écran', description: '', themeId: null },
      { type: 'withdrawTopic', topicId: aliceTopic },
      { type: 'placeDot', topicId: aliceTopic, asParticipantId: alice.participantId },
      { type: 'removeDot', topicId: aliceTopic },
    ];
    for (const command of everything) expectRefused(await projector.command(command), 'FORBIDDEN');
    expect(server.stateOf(workshop.session.sessionId)).toBe(before);
    projector.close();
  });

  it('keeps sessions apart: credentials of session B do not open session A', async () => {
    const other = await createSession(server.url, { title: 'Autre atelier' });
    const stranger = await joinParticipant(server.url, other.code);
    const { session } = workshop;

    expect(await TestClient.refusal(server.url, { role: 'participant', code: session.code, token: stranger.token })).toBe('FORBIDDEN');
    expect(await TestClient.refusal(server.url, { role: 'facilitator', sessionId: session.sessionId, key: other.facilitatorKey })).toBe(
      'FORBIDDEN',
    );
    expect(await TestClient.refusal(server.url, { role: 'participant', code: 'ZZZZZZ', token: stranger.token })).toBe('NOT_FOUND');
    expect(await TestClient.refusal(server.url, { role: 'projector', code: 'ZZZZZZ' })).toBe('NOT_FOUND');
    expect(await TestClient.refusal(server.url, { role: 'facilitator', sessionId: 's_unknown', key: 'k'.repeat(40) })).toBe('NOT_FOUND');
    expect(await TestClient.refusal(server.url, { role: 'participant', code: session.code })).toBe('VALIDATION');
    expect(await TestClient.refusal(server.url, { role: 'admin' })).toBe('VALIDATION');

    // In its own session the stranger is someone; acting on A's topic ids from there finds nothing.
    const inB = await TestClient.connect(server.url, stranger.auth);
    expect(inB.you).toEqual({ role: 'participant', participantId: stranger.participantId });
    expect(inB.state?.id).toBe(other.sessionId);
    const before = server.stateOf(session.sessionId);
    expectRefused(await inB.command({ type: 'withdrawTopic', topicId: aliceTopic }), 'NOT_FOUND');
    expect(server.stateOf(session.sessionId)).toBe(before);
    inB.close();
  });
});
