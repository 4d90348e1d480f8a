import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { titleFor, type SessionState } from '@forum-ouvert/shared';
import { TestClient } from '../helpers/client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { converge, expectOk, expectRefused, openWorkshop, topicIds, type Workshop } from '../helpers/workshop.ts';

const DARI = 'کار برای زنان';

let server: TestServer;
let workshop: Workshop;
let projector: TestClient;
let farid: TestClient;
let claire: TestClient;
let sam: TestClient;
let topicId: string;

beforeAll(async () => {
  server = await startServer();
  workshop = await openWorkshop(server, 3);
  [farid, claire, sam] = workshop.participants as [TestClient, TestClient, TestClient];
  projector = await TestClient.connect(server.url, workshop.session.projectorAuth);
  expectOk(await workshop.facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
  expectOk(await farid.command({ type: 'proposeTopic', title: DARI, description: '', themeId: null, language: 'fa' }));
  [topicId = ''] = topicIds(server.stateOf(workshop.session.sessionId));
});

afterAll(async () => {
  workshop.close();
  projector.close();
  await server.stop();
  removeDir(server.dataDir);
});

function everyone(): TestClient[] {
  return [workshop.facilitator, projector, farid, claire, sam];
}

function topicIn(state: SessionState | null) {
  const topic = state?.topics[topicId];
  if (!topic) throw new Error('topic missing');
  return topic;
}

describe('translations of a topic over real sockets', () => {
  it('a proposal carries its language to every screen', async () => {
    await converge(server, workshop.session.sessionId, everyone());
    for (const client of everyone()) expect(topicIn(client.state).language).toBe('fa');
  });

  it('a translation reaches every participant and the projector, credited to its translator', async () => {
    expectOk(await claire.command({ type: 'translateTopic', topicId, language: 'fr', title: 'Du travail pour les femmes' }));
    await converge(server, workshop.session.sessionId, everyone());
    for (const client of everyone()) {
      expect(topicIn(client.state).translations.fr).toMatchObject({ title: 'Du travail pour les femmes', translatorId: claire.participantId });
      // A French reader sees the original and the translation; the Dari writer, the original alone.
      expect(titleFor(topicIn(client.state), 'fr').translation?.title).toBe('Du travail pour les femmes');
      expect(titleFor(topicIn(client.state), 'fa').translation).toBeNull();
    }
  });

  it('refuses with CONFLICT a second translation into the same language by someone else, and changes nothing', async () => {
    const before = server.stateOf(workshop.session.sessionId).version;
    expectRefused(await sam.command({ type: 'translateTopic', topicId, language: 'fr', title: 'Travail des femmes' }), 'CONFLICT');
    expectRefused(await farid.command({ type: 'translateTopic', topicId, language: 'fa', title: 'کار' }), 'CONFLICT');
    expectRefused(await projector.command({ type: 'translateTopic', topicId, language: 'en', title: 'Work' }), 'FORBIDDEN');
    expectRefused(await sam.command({ type: 'removeTopicTranslation', topicId, language: 'fr' }), 'FORBIDDEN');
    expect(server.stateOf(workshop.session.sessionId).version).toBe(before);
    expect(topicIn(server.stateOf(workshop.session.sessionId)).translations.fr?.title).toBe('Du travail pour les femmes');
  });

  it('lets the translator replace theirs, and the facilitator remove it everywhere', async () => {
    expectOk(await claire.command({ type: 'translateTopic', topicId, language: 'fr', title: 'Un travail pour les femmes' }));
    expectOk(await sam.command({ type: 'translateTopic', topicId, language: 'en', title: 'Work for women' }));
    await converge(server, workshop.session.sessionId, everyone());
    for (const client of everyone()) {
      expect(topicIn(client.state).translations.fr?.title).toBe('Un travail pour les femmes');
      expect(topicIn(client.state).translations.en?.title).toBe('Work for women');
    }
    expectOk(await workshop.facilitator.command({ type: 'removeTopicTranslation', topicId, language: 'fr' }));
    await converge(server, workshop.session.sessionId, everyone());
    for (const client of everyone()) {
      expect(topicIn(client.state).translations.fr).toBeUndefined();
      expect(topicIn(client.state).translations.en?.title).toBe('Work for women');
    }
    // Once removed, the language is free again for anyone.
    expectOk(await sam.command({ type: 'translateTopic', topicId, language: 'fr', title: 'Travail des femmes' }));
  });
});
