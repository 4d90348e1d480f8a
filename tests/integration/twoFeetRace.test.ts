import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupCapacity, headcount, type Command, type SessionState } from '@forum-ouvert/shared';
import {
  afterEveryEvent,
  at,
  canonicalCounts,
  countMembers,
  expectMirrorsMatch,
  foreignMemberships,
  openBreakouts,
  overCapacity,
  refusalCode,
  seededRandom,
} from '../helpers/agenda.ts';
import type { TestClient } from '../helpers/client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { sleep } from '../helpers/wait.ts';
import { converge, expectOk } from '../helpers/workshop.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

/**
 * Watches the facilitator's and the projector's mirrors after every message they apply:
 * no group over capacity, ever, and the facilitator's counts always match its members.
 */
function watchCapacities(facilitator: TestClient, projector: TestClient) {
  const violations: string[] = [];
  const onFacilitator = afterEveryEvent(facilitator, (state) => {
    violations.push(...overCapacity(state).map((v) => `facilitator v${state.version}: ${v}`));
    if (canonicalCounts(state.breakouts.headcounts) !== canonicalCounts(countMembers(state))) {
      violations.push(`facilitator v${state.version}: counts drift`);
    }
  });
  const onProjector = afterEveryEvent(projector, (state) => {
    violations.push(...overCapacity(state).map((v) => `projector v${state.version}: ${v}`));
  });
  return {
    violations,
    /** Events checked on both screens, and batches that could not be followed (there must be none). */
    get checked() {
      return { events: Math.min(onFacilitator.events, onProjector.events), skipped: onFacilitator.skipped + onProjector.skipped };
    },
  };
}

describe('the law of two feet under contention', () => {
  it('gives the last seat to exactly one of two people asking at the same instant, round after round', async () => {
    const capacity = 4;
    const room = await openBreakouts(
      server,
      11,
      [
        { name: 'Cabine', capacity },
        { name: 'Agora', capacity: 40 },
      ],
      [['14:00', '14:45']],
    );
    const { workshop, projector, sessionId } = room;
    const { facilitator, participants } = workshop;
    const slotId = at(room.slotIds, 0);
    const [small, large] = [at(at(room.grid, 0), 0), at(at(room.grid, 0), 1)];
    await converge(server, sessionId, [facilitator, projector]);
    const watch = watchCapacities(facilitator, projector);

    for (const holder of participants.slice(0, capacity - 1)) expectOk(await holder.command({ type: 'joinGroup', slotId, topicId: small }));
    const contenders = participants.slice(capacity - 1);
    for (const c of contenders) expectOk(await c.command({ type: 'joinGroup', slotId, topicId: large }));

    const random = seededRandom(7);
    const rounds = 12;
    for (let round = 0; round < rounds; round++) {
      const i = Math.floor(random() * contenders.length);
      const j = (i + 1 + Math.floor(random() * (contenders.length - 1))) % contenders.length;
      const pair = [at(contenders, i), at(contenders, j)] as const;
      const join: Command = { type: 'joinGroup', slotId, topicId: small };
      const acks = await Promise.all(pair.map((p) => p.command(join)));
      expect(acks.map(refusalCode).sort(), `round ${round}`).toEqual(['CONFLICT', 'OK']);
      const loser = acks.find((a) => !a.ok);
      expect(loser).toEqual({ ok: false, error: { code: 'CONFLICT', message: expect.any(String) } });
      const state = server.stateOf(sessionId);
      expect(headcount(state, slotId, small)).toBe(capacity);
      const winner = acks[0]?.ok ? pair[0] : pair[1];
      expect(state.breakouts.members[slotId]?.[winner.participantId]).toBe(small);
      // The winner walks back to the large room, so the next round races for one seat again.
      expectOk(await winner.command({ type: 'joinGroup', slotId, topicId: large }));
    }

    const final = await converge(server, sessionId, [facilitator, projector, ...participants]);
    expect(final.breakouts.headcounts[slotId]).toEqual({ [small]: capacity - 1, [large]: contenders.length });
    expect(watch.violations).toEqual([]);
    // Every accepted move (the seats taken, then two per round) checked on both screens.
    expect(watch.checked).toEqual({ events: participants.length + 2 * rounds, skipped: 0 });
    expectMirrorsMatch(final, facilitator, projector, participants);
    room.close();
  });

  it('never overfills a group while 30 people and the facilitator move at random for two seconds', async () => {
    const room = await openBreakouts(
      server,
      30,
      [
        { name: 'Aber', capacity: 4 },
        { name: 'Baie', capacity: 5 },
        { name: 'Cap', capacity: 6 },
      ],
      [
        ['09:00', '10:00'],
        ['10:15', '11:15'],
      ],
    );
    const { workshop, projector, sessionId } = room;
    const { facilitator, participants } = workshop;
    const startVersion = (await converge(server, sessionId, [facilitator, projector])).version;
    const watch = watchCapacities(facilitator, projector);
    const outcomes: Record<string, number> = {};
    let accepted = 0;
    const record = (code: string) => {
      outcomes[code] = (outcomes[code] ?? 0) + 1;
      if (code === 'OK') accepted++;
    };

    const deadline = Date.now() + 2000;
    // Below the per-person rate limit (20 a second): a refusal here must come from the groups, never from the limiter.
    const pause = (random: () => number) => sleep(40 + Math.floor(random() * 50));
    const walk = async (person: TestClient, seed: number) => {
      const random = seededRandom(seed);
      while (Date.now() < deadline) {
        const s = Math.floor(random() * room.slotIds.length);
        const slotId = at(room.slotIds, s);
        const command: Command =
          random() < 0.25
            ? { type: 'leaveGroup', slotId }
            : { type: 'joinGroup', slotId, topicId: at(at(room.grid, s), Math.floor(random() * room.spaceIds.length)) };
        record(refusalCode(await person.command(command)));
        await pause(random);
      }
    };
    const steer = async () => {
      const random = seededRandom(99);
      while (Date.now() < deadline) {
        const s = Math.floor(random() * room.slotIds.length);
        const topicId = random() < 0.2 ? null : at(at(room.grid, s), Math.floor(random() * room.spaceIds.length));
        const participantId = at(participants, Math.floor(random() * participants.length)).participantId;
        record(refusalCode(await facilitator.command({ type: 'moveParticipant', participantId, slotId: at(room.slotIds, s), topicId })));
        await pause(random);
      }
    };
    await Promise.all([...participants.map((p, i) => walk(p, 1000 + i)), steer()]);

    const final = await converge(server, sessionId, [facilitator, projector, ...participants]);
    expect(Object.keys(outcomes).sort()).toEqual(['CONFLICT', 'NOT_FOUND', 'OK']);
    // Low bars, so a slow machine still passes: they only show that seats were really fought over.
    expect(outcomes['CONFLICT']).toBeGreaterThan(30);
    expect(outcomes['OK']).toBeGreaterThan(30);
    // One event per accepted move, none for a refusal.
    expect(final.version - startVersion).toBe(accepted);
    expect(final.breakouts.headcounts).toEqual(countMembers(final));
    expect(overCapacity(final)).toEqual([]);
    expectFullOrNearlyFull(final, room.slotIds);
    expect(watch.violations).toEqual([]);
    expect(watch.checked).toEqual({ events: accepted, skipped: 0 });
    expectMirrorsMatch(final, facilitator, projector, participants);
    for (const p of participants) expect(foreignMemberships(p, p.participantId)).toEqual([]);
    expect(foreignMemberships(projector, null)).toEqual([]);
    room.close();
  });
});

/** With 30 people for 15 seats a slot, seats hardly stay free: the run really fought over them. */
function expectFullOrNearlyFull(state: SessionState, slotIds: readonly string[]): void {
  for (const slotId of slotIds) {
    const seats = Object.entries(state.agenda.placements)
      .filter(([, cell]) => cell.slotId === slotId)
      .reduce((sum, [topicId]) => sum + groupCapacity(state, slotId, topicId), 0);
    const seated = Object.keys(state.breakouts.members[slotId] ?? {}).length;
    expect(seated).toBeLessThanOrEqual(seats);
    expect(seated).toBeGreaterThan(seats / 2);
  }
}
