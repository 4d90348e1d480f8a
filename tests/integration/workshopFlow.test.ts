import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewOf, type SessionState } from '@forum-ouvert/shared';
import { TestClient } from '../helpers/client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { converge, expectOk, openWorkshop, topicIds } from '../helpers/workshop.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

function totalDots(state: SessionState): number {
  return Object.values(state.dots).reduce((sum, perTopic) => sum + Object.values(perTopic).reduce((a, b) => a + b, 0), 0);
}

describe('a whole workshop: lobby, marketplace, voting', () => {
  it('leaves the facilitator, the projector and 20 participants with exactly what the server holds', async () => {
    const workshop = await openWorkshop(server, 20);
    const { session, facilitator, participants } = workshop;
    const projector = await TestClient.connect(server.url, session.projectorAuth);
    const themeId = server.stateOf(session.sessionId).themes[0]?.id ?? null;

    expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
    const proposals = await Promise.all(
      participants.map((p, i) =>
        p.command({ type: 'proposeTopic', title: `Sujet ${i}`, description: `Pourquoi ${i}`, themeId: i % 2 ? themeId : null }),
      ),
    );
    proposals.forEach(expectOk);
    const topics = topicIds(server.stateOf(session.sessionId));
    expect(topics).toHaveLength(20);
    const first = participants[0];
    if (!first) throw new Error('no participant');
    expectOk(await first.command({ type: 'editTopic', topicId: topics[0] ?? '', title: 'Sujet 0 précisé', description: '', themeId }));

    expectOk(await facilitator.command({ type: 'setPhase', phase: 'voting' }));
    // Participant i puts one dot on each of topics i, i+1 and i+2: everyone votes at once.
    await Promise.all(
      participants.map(async (p, i) => {
        for (let k = 0; k < 3; k++) expectOk(await p.command({ type: 'placeDot', topicId: topics[(i + k) % 20] ?? '' }));
      }),
    );
    await Promise.all(
      participants.filter((_, i) => i % 4 === 0).map(async (p, i) => {
        expectOk(await p.command({ type: 'removeDot', topicId: topics[(i * 4) % 20] ?? '' }));
      }),
    );
    // Merging two topics refunds whoever had a dot on both; hiding one gives its dots back.
    expectOk(await facilitator.command({ type: 'mergeTopics', sourceId: topics[1] ?? '', targetId: topics[0] ?? '' }));
    expectOk(await facilitator.command({ type: 'setTopicHidden', topicId: topics[5] ?? '', hidden: true }));

    const final = await converge(server, session.sessionId, [facilitator, projector, ...participants]);
    expect(final.version).toBe(1 + 20 + 1 + 20 + 1 + 1 + 60 + 5 + 2);
    // 60 placed, 5 removed, 1 refunded (only participant 19 held topics 0 and 1), 3 returned from topic 5 (participants 3, 4, 5).
    expect(totalDots(final)).toBe(60 - 5 - 1 - 3);
    expect(facilitator.state).toEqual(final);
    expect(projector.state).toEqual(viewOf(final, { role: 'projector' }));
    for (const p of participants) {
      expect(p.you?.role).toBe('participant');
      expect(p.state).toEqual(viewOf(final, p.actor));
    }
    expect([facilitator, projector, ...participants].map((c) => c.gaps)).toEqual(new Array(22).fill(0));

    projector.close();
    workshop.close();
  });
});
