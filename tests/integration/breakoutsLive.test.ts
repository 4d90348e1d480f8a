import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TIMER_MAX_SECONDS, headcount, type SessionEvent } from '@forum-ouvert/shared';
import type { Clock } from '@forum-ouvert/server';
import { at, eventsReceived, expectMirrorsMatch, foreignMemberships, openBreakouts } from '../helpers/agenda.ts';
import { TestClient } from '../helpers/client.ts';
import { joinParticipant } from '../helpers/http.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { converge, expectOk, expectRefused } from '../helpers/workshop.ts';

/** The server's clock, moved by hand: a timer's end is then known to the millisecond. */
let now = Date.UTC(2025, 5, 11, 14, 0, 0);
const clock: Clock = { now: () => now };
let server: TestServer;

beforeAll(async () => {
  server = await startServer(undefined, { clock });
});

afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

function ofType<T extends SessionEvent['type']>(client: TestClient, type: T): Extract<SessionEvent, { type: T }>[] {
  return eventsReceived(client).filter((e): e is Extract<SessionEvent, { type: T }> => e.type === type);
}

describe('check-in at a door', () => {
  it('joins the group meeting in that space in the current slot, and only while the breakouts run', async () => {
    const room = await openBreakouts(
      server,
      6,
      [
        { name: 'Iroise', capacity: 3 },
        { name: 'Molène', capacity: 2 },
        { name: 'Sein', capacity: 2 },
      ],
      [
        ['09:00', '10:00'],
        ['10:30', '11:30'],
      ],
      'agenda',
    );
    const { workshop, projector, sessionId, grid } = room;
    const { facilitator, participants } = workshop;
    const [sl1, sl2] = [at(room.slotIds, 0), at(room.slotIds, 1)];
    const [iroise, molene] = [at(room.spaceIds, 0), at(room.spaceIds, 1)];
    const [p0, p1, p2] = [at(participants, 0), at(participants, 1), at(participants, 2)];

    // The programme is out, but no group meets yet.
    expectRefused(await p0.command({ type: 'checkIn', spaceId: iroise }), 'WRONG_PHASE');
    expectOk(await facilitator.command({ type: 'setCurrentSlot', slotId: sl1 }));
    expectRefused(await p0.command({ type: 'checkIn', spaceId: iroise }), 'WRONG_PHASE');
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'breakouts' }));
    expectOk(await facilitator.command({ type: 'setCurrentSlot', slotId: null }));
    expectRefused(await p0.command({ type: 'checkIn', spaceId: iroise }), 'WRONG_PHASE');
    expectRefused(await facilitator.command({ type: 'setCurrentSlot', slotId: null }), 'CONFLICT');
    expectRefused(await facilitator.command({ type: 'setCurrentSlot', slotId: 'sl_nowhere' }), 'NOT_FOUND');
    expectRefused(await p0.command({ type: 'setCurrentSlot', slotId: sl1 }), 'FORBIDDEN');

    expectOk(await facilitator.command({ type: 'setCurrentSlot', slotId: sl1 }));
    const version = expectOk(await p0.command({ type: 'checkIn', spaceId: iroise }));
    expect(server.stateOf(sessionId).breakouts.members[sl1]).toEqual({ [p0.participantId]: at(at(grid, 0), 0) });
    await Promise.all([p0.waitForVersion(version), projector.waitForVersion(version)]);
    expect(p0.state?.breakouts.members).toEqual({ [sl1]: { [p0.participantId]: at(at(grid, 0), 0) } });
    expect(projector.state?.breakouts.headcounts).toEqual({ [sl1]: { [at(at(grid, 0), 0)]: 1 } });
    expect(projector.state?.breakouts.currentSlotId).toBe(sl1);

    expectRefused(await p0.command({ type: 'checkIn', spaceId: iroise }), 'CONFLICT');
    // Walking to another door moves them.
    expectOk(await p0.command({ type: 'checkIn', spaceId: molene }));
    expectOk(await p1.command({ type: 'checkIn', spaceId: molene }));
    expectRefused(await p2.command({ type: 'checkIn', spaceId: molene }), 'CONFLICT');
    expectRefused(await p2.command({ type: 'checkIn', spaceId: 'sp_nowhere' }), 'NOT_FOUND');
    expectOk(
      await facilitator.command({ type: 'addSpace', space: { name: 'Couloir', capacity: 10, language: '', interpreter: false } }),
    );
    const corridor = Object.values(server.stateOf(sessionId).spaces).find((s) => s.name === 'Couloir')?.id ?? '';
    expectRefused(await p2.command({ type: 'checkIn', spaceId: corridor }), 'NOT_FOUND');
    expectRefused(await facilitator.command({ type: 'checkIn', spaceId: iroise }), 'FORBIDDEN');

    // The next slot: the same door now leads to another group, and the first slot's seat stays.
    expectOk(await facilitator.command({ type: 'setCurrentSlot', slotId: sl2 }));
    expectOk(await p0.command({ type: 'checkIn', spaceId: iroise }));
    const state = server.stateOf(sessionId);
    expect(state.breakouts.members).toEqual({
      [sl1]: { [p0.participantId]: at(at(grid, 0), 1), [p1.participantId]: at(at(grid, 0), 1) },
      [sl2]: { [p0.participantId]: at(at(grid, 1), 0) },
    });
    expect(headcount(state, sl1, at(at(grid, 0), 1))).toBe(2);

    // A programme taken back closes the doors.
    expectOk(await facilitator.command({ type: 'publishAgenda', published: false }));
    expectRefused(await p2.command({ type: 'checkIn', spaceId: iroise }), 'WRONG_PHASE');

    const final = await converge(server, sessionId, [facilitator, projector, ...participants]);
    expectMirrorsMatch(final, facilitator, projector, participants);
    expect(ofType(p0, 'GroupJoined').map((e) => [e.slotId, e.topicId, e.fromTopicId, e.via])).toEqual([
      [sl1, at(at(grid, 0), 0), null, 'checkin'],
      [sl1, at(at(grid, 0), 1), at(at(grid, 0), 0), 'checkin'],
      [sl2, at(at(grid, 1), 0), null, 'checkin'],
    ]);
    for (const p of participants) expect(foreignMemberships(p, p.participantId)).toEqual([]);
    expect(foreignMemberships(projector, null)).toEqual([]);
    room.close();
  });
});

describe('timer and spotlight', () => {
  it('sends one absolute end time that every screen shares, and puts a topic on the projector', async () => {
    const room = await openBreakouts(server, 3, [{ name: 'Iroise', capacity: 10 }], [['14:00', '14:45']]);
    const { workshop, projector, sessionId, grid } = room;
    const { session, facilitator, participants } = workshop;
    const slotId = at(room.slotIds, 0);
    const topicId = at(at(grid, 0), 0);
    const p0 = at(participants, 0);
    const started = now;

    expectOk(await facilitator.command({ type: 'startTimer', durationSeconds: 45 * 60, slotId }));
    const timer = { endsAt: started + 45 * 60 * 1000, slotId };
    expect(server.stateOf(sessionId).breakouts.timer).toEqual(timer);
    let state = await converge(server, sessionId, [facilitator, projector, ...participants]);
    for (const client of [facilitator, projector, ...participants]) expect(client.state?.breakouts.timer).toEqual(timer);
    expect(ofType(p0, 'TimerStarted')).toEqual([{ type: 'TimerStarted', timer }]);

    // Ten minutes later, a latecomer's phone gets the same end, not a new countdown.
    now += 10 * 60 * 1000;
    const latecomer = await TestClient.connect(server.url, (await joinParticipant(server.url, session.code, 'Retard')).auth);
    expect(latecomer.state?.breakouts.timer).toEqual(timer);

    expectRefused(await facilitator.command({ type: 'startTimer', durationSeconds: 0, slotId }), 'VALIDATION');
    expectRefused(await facilitator.command({ type: 'startTimer', durationSeconds: TIMER_MAX_SECONDS + 1, slotId }), 'VALIDATION');
    expectRefused(await facilitator.command({ type: 'startTimer', durationSeconds: 60, slotId: 'sl_nowhere' }), 'NOT_FOUND');
    expectRefused(await p0.command({ type: 'startTimer', durationSeconds: 60, slotId: null }), 'FORBIDDEN');
    expectRefused(await p0.command({ type: 'stopTimer' }), 'FORBIDDEN');

    // A new timer replaces the running one; a phase timer has no slot.
    expectOk(await facilitator.command({ type: 'startTimer', durationSeconds: 90, slotId: null }));
    const phaseTimer = { endsAt: now + 90_000, slotId: null };
    const everyone = [facilitator, projector, latecomer, ...participants];
    state = await converge(server, sessionId, everyone);
    for (const client of everyone) expect(client.state?.breakouts.timer).toEqual(phaseTimer);

    expectOk(await facilitator.command({ type: 'stopTimer' }));
    expectRefused(await facilitator.command({ type: 'stopTimer' }), 'CONFLICT');
    state = await converge(server, sessionId, everyone);
    expect(state.breakouts.timer).toBeNull();
    for (const client of everyone) expect(client.state?.breakouts.timer).toBeNull();

    // Spotlight: the pitch goes full screen on the projector, then ends.
    expectRefused(await p0.command({ type: 'setSpotlight', topicId }), 'FORBIDDEN');
    expectRefused(await facilitator.command({ type: 'setSpotlight', topicId: 't_nowhere' }), 'NOT_FOUND');
    const lit = expectOk(await facilitator.command({ type: 'setSpotlight', topicId }));
    expectRefused(await facilitator.command({ type: 'setSpotlight', topicId }), 'CONFLICT');
    await projector.waitForVersion(lit);
    expect(projector.state?.breakouts.spotlightTopicId).toBe(topicId);
    expect(ofType(projector, 'SpotlightChanged')).toEqual([{ type: 'SpotlightChanged', topicId }]);
    const dark = expectOk(await facilitator.command({ type: 'setSpotlight', topicId: null }));
    await projector.waitForVersion(dark);
    expect(projector.state?.breakouts.spotlightTopicId).toBeNull();
    // A topic hidden while it is in the spotlight leaves the screen with it.
    expectOk(await facilitator.command({ type: 'setSpotlight', topicId }));
    expectOk(await facilitator.command({ type: 'setTopicHidden', topicId, hidden: true }));

    const final = await converge(server, sessionId, everyone);
    expect(final.breakouts.spotlightTopicId).toBeNull();
    expectMirrorsMatch(final, facilitator, projector, [latecomer, ...participants]);
    latecomer.close();
    room.close();
  });
});
