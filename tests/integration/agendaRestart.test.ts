import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewOf, type SessionState } from '@forum-ouvert/shared';
import type { Clock } from '@forum-ouvert/server';
import { at, buildGrid, countMembers, openBreakouts } from '../helpers/agenda.ts';
import { TestClient } from '../helpers/client.ts';
import { DATABASE_FILE } from '../helpers/database.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { makeTempDir, removeDir } from '../helpers/tempDir.ts';
import { converge, expectOk, expectRefused, openWorkshop, topicIds, type Workshop } from '../helpers/workshop.ts';

let now = Date.UTC(2025, 5, 11, 13, 30, 0);
const clock: Clock = { now: () => now };
let dataDir: string;
let server: TestServer;

beforeAll(() => {
  dataDir = makeTempDir('agenda-restart');
});

afterAll(async () => {
  await server.stop();
  removeDir(dataDir);
});

/** A full programme run past the snapshot threshold: vote, scheduled agenda with a lock, assigned groups, walks, timer, spotlight. */
async function runningSession(workshop: Workshop): Promise<string> {
  const { session, facilitator, participants } = workshop;
  const sessionId = session.sessionId;
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
  for (let k = 0; k < 6; k++) {
    expectOk(await at(participants, k).command({ type: 'proposeTopic', title: `Sujet ${k}`, description: '', themeId: null }));
  }
  const topics = topicIds(server.stateOf(sessionId));
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'voting' }));
  await Promise.all(
    participants.map(async (p, i) => {
      for (const k of [0, 1, 3]) expectOk(await p.command({ type: 'placeDot', topicId: at(topics, (i + k) % 6) }));
    }),
  );
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'agenda' }));
  const rooms = [
    { name: 'Iroise', capacity: 12 },
    { name: 'Molène', capacity: 12, language: 'Breton', interpreter: true },
    { name: 'Sein', capacity: 12 },
  ];
  const { slotIds } = await buildGrid(server, sessionId, facilitator, rooms, [
    ['14:00', '14:45'],
    ['15:00', '15:45'],
  ]);
  expectOk(await facilitator.command({ type: 'proposeAgenda' }));
  expectOk(await facilitator.command({ type: 'lockTopic', topicId: at(topics, 2), locked: true }));
  expectOk(await facilitator.command({ type: 'publishAgenda', published: true }));
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'breakouts' }));
  expectOk(await facilitator.command({ type: 'assignGroups' }));

  // Everyone walks between the groups of the first slot, enough to pass the snapshot threshold (200 events).
  const slotId = at(slotIds, 0);
  const inSlot = Object.entries(server.stateOf(sessionId).agenda.placements)
    .filter(([, cell]) => cell.slotId === slotId)
    .map(([topicId]) => topicId);
  await Promise.all(
    participants.map(async (p, i) => {
      for (let step = 0; step < 13; step++) {
        const current = server.stateOf(sessionId).breakouts.members[slotId]?.[p.participantId];
        const next = inSlot.filter((t) => t !== current)[(i + step) % (inSlot.length - 1)] ?? '';
        expectOk(await p.command({ type: 'joinGroup', slotId, topicId: next }));
      }
    }),
  );
  expectOk(await at(participants, 11).command({ type: 'leaveGroup', slotId: at(slotIds, 1) }));
  expectOk(await facilitator.command({ type: 'setCurrentSlot', slotId }));
  expectOk(await facilitator.command({ type: 'startTimer', durationSeconds: 45 * 60, slotId }));
  expectOk(await facilitator.command({ type: 'setSpotlight', topicId: at(topics, 4) }));
  return sessionId;
}

function snapshotSeq(sessionId: string): number | undefined {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT max(seq) FROM snapshots WHERE session_id = ?').pluck().get(sessionId) as number | null) ?? undefined;
  } finally {
    db.close();
  }
}

describe('a restart brings the programme and the groups back', () => {
  it('restores agenda, locks, groups, headcounts, timer and spotlight identically, from a snapshot and from the log', async () => {
    server = await startServer(dataDir, { clock });
    const big = await openWorkshop(server, 12);
    const bigId = await runningSession(big);
    // A second session in free mode, short enough to be rebuilt from its events alone.
    const small = await openBreakouts(server, 3, [{ name: 'Cabane', capacity: 2 }], [['10:00', '11:00']], 'agenda');
    const smallSlot = at(small.slotIds, 0);
    expectOk(await small.workshop.facilitator.command({ type: 'setGroupMode', mode: 'free' }));
    expectOk(await at(small.workshop.participants, 2).command({ type: 'joinGroup', slotId: smallSlot, topicId: at(at(small.grid, 0), 0) }));

    const bigBefore = await converge(server, bigId, [big.facilitator, ...big.participants]);
    const smallBefore = await converge(server, small.sessionId, [small.workshop.facilitator]);
    expect(bigBefore.version).toBeGreaterThan(200);
    expect(bigBefore.breakouts.timer).toEqual({ endsAt: now + 45 * 60 * 1000, slotId: bigBefore.breakouts.currentSlotId });
    expect(bigBefore.agenda.locked).toHaveLength(1);
    expect(smallBefore.breakouts.mode).toBe('free');
    big.close();
    small.close();
    await server.stop();

    const seq = snapshotSeq(bigId);
    expect(seq).toBeGreaterThanOrEqual(200);
    expect(seq).toBeLessThan(bigBefore.version);
    expect(snapshotSeq(small.sessionId)).toBeUndefined();

    // Seven minutes pass while the server is down: the timer keeps its end, it does not start over.
    now += 7 * 60 * 1000;
    server = await startServer(dataDir, { clock });
    expect(server.stateOf(bigId)).toEqual(bigBefore);
    expect(server.stateOf(small.sessionId)).toEqual(smallBefore);
    const restored: SessionState = server.stateOf(bigId);
    expect(restored.breakouts.headcounts).toEqual(countMembers(restored));

    const facilitator = await TestClient.connect(server.url, big.session.facilitatorAuth);
    const projector = await TestClient.connect(server.url, big.session.projectorAuth);
    const phone = await TestClient.connect(server.url, at(big.people, 11).auth);
    expect(facilitator.state).toEqual(bigBefore);
    expect(projector.state).toEqual(viewOf(bigBefore, { role: 'projector' }));
    expect(phone.state).toEqual(viewOf(bigBefore, phone.actor));

    // Life goes on from the restored groups: seats are counted from what was restored.
    const slotId = bigBefore.breakouts.currentSlotId ?? '';
    const elsewhere = Object.entries(bigBefore.agenda.placements).find(
      ([topicId, cell]) => cell.slotId === slotId && topicId !== bigBefore.breakouts.members[slotId]?.[phone.participantId],
    )?.[0];
    expectOk(await phone.command({ type: 'joinGroup', slotId, topicId: elsewhere ?? '' }));
    expectOk(await facilitator.command({ type: 'stopTimer' }));
    expectRefused(await facilitator.command({ type: 'setSpotlight', topicId: bigBefore.breakouts.spotlightTopicId }), 'CONFLICT');
    const after = await converge(server, bigId, [facilitator, projector, phone]);
    expect(after.version).toBe(bigBefore.version + 2);
    expect(after.breakouts.headcounts).toEqual(countMembers(after));
    expect(projector.state).toEqual(viewOf(after, { role: 'projector' }));
    expect(phone.state).toEqual(viewOf(after, phone.actor));
    for (const client of [facilitator, projector, phone]) client.close();
  });
});
