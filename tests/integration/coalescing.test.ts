import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewOf, type EventBatch } from '@forum-ouvert/shared';
import { TestClient } from '../helpers/client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { sleep } from '../helpers/wait.ts';
import { converge, expectOk, openWorkshop, topicIds, type Workshop } from '../helpers/workshop.ts';

const PEOPLE = 4;
const DOTS_EACH = 20;
const WAVES = 4;

let server: TestServer;
let workshop: Workshop;

beforeAll(async () => {
  server = await startServer();
  workshop = await openWorkshop(server, PEOPLE);
});

afterAll(async () => {
  workshop.close();
  await server.stop();
  removeDir(server.dataDir);
});

function expectContiguous(batches: EventBatch[], startVersion: number, endVersion: number): void {
  let version = startVersion;
  for (const batch of batches) {
    expect(batch.from).toBe(version);
    expect(batch.to).toBeGreaterThan(batch.from);
    const seqs = batch.events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs.every((seq) => seq > batch.from && seq <= batch.to)).toBe(true);
    version = batch.to;
  }
  expect(version).toBe(endVersion);
}

describe('broadcast coalescing', () => {
  it('sends a burst of dots as a few batches whose ranges join up for every reader', async () => {
    const { facilitator, session, participants } = workshop;
    const projector = await TestClient.connect(server.url, session.projectorAuth);
    expectOk(await facilitator.command({ type: 'updateVoteSettings', settings: { dotBudget: DOTS_EACH, allowStacking: true, tallyMode: 'live' } }));
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
    for (const [i, p] of participants.entries()) {
      expectOk(await p.command({ type: 'proposeTopic', title: `Sujet ${i}`, description: '', themeId: null }));
    }
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'voting' }));
    const topics = topicIds(server.stateOf(session.sessionId));
    const readers = [facilitator, projector, ...participants];
    const start = await converge(server, session.sessionId, readers);
    const marks = readers.map((r) => r.batches.length);

    // Waves spaced wider than the 50 ms tick, so the burst spans several batches that must join up.
    for (let wave = 0; wave < WAVES; wave++) {
      await Promise.all(
        participants.flatMap((p, i) =>
          Array.from({ length: DOTS_EACH / WAVES }, (_, k) =>
            p.command({ type: 'placeDot', topicId: topics[(i + k + wave) % topics.length] ?? '' }).then(expectOk),
          ),
        ),
      );
      await sleep(80);
    }
    const end = await converge(server, session.sessionId, readers);
    const events = PEOPLE * DOTS_EACH;
    expect(end.version - start.version).toBe(events);

    readers.forEach((reader, r) => {
      const burst = reader.batches.slice(marks[r]);
      expect(burst.length).toBeGreaterThanOrEqual(WAVES);
      expect(burst.length * 4).toBeLessThanOrEqual(events);
      expectContiguous(burst, start.version, end.version);
      expect(reader.gaps).toBe(0);
    });
    // A participant saw its own dots as dots and everyone else's as counts.
    const [alice] = participants as [TestClient];
    const seen = alice.batches.slice(marks[2]).flatMap((b) => b.events.map((e) => e.event));
    expect(seen.filter((e) => e.type === 'DotPlaced')).toHaveLength(DOTS_EACH);
    expect(seen.filter((e) => e.type === 'TallyChanged')).toHaveLength(events - DOTS_EACH);
    expect(alice.state).toEqual(viewOf(end, alice.actor));
    expect(facilitator.state).toEqual(end);
    projector.close();
  });
});
