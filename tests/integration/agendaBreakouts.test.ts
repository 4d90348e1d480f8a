import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaConflicts, groupCapacity, headcount, type EventOf, type SessionState, type SyncAck } from '@forum-ouvert/shared';
import {
  at,
  buildGrid,
  countMembers,
  eventsReceived,
  expectMirrorsMatch,
  foreignMemberships,
  openBreakouts,
  overCapacity,
} from '../helpers/agenda.ts';
import { TestClient } from '../helpers/client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { converge, expectOk, expectRefused, openWorkshop, topicIds } from '../helpers/workshop.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

/** Topics in each cell and conveners in each slot, each listed once: the two rules of a grid. */
function expectValidGrid(state: SessionState): void {
  const cells = Object.values(state.agenda.placements).map((c) => `${c.slotId}/${c.spaceId}`);
  expect(new Set(cells).size).toBe(cells.length);
  for (const slotId of Object.keys(state.slots)) {
    const conveners = Object.entries(state.agenda.placements)
      .filter(([, cell]) => cell.slotId === slotId)
      .flatMap(([topicId]) => state.topics[topicId]?.proposerIds ?? []);
    expect(new Set(conveners).size, `a convener twice in ${slotId}`).toBe(conveners.length);
  }
}

function cellOf(state: SessionState, topicId: string) {
  const cell = state.agenda.placements[topicId];
  if (!cell) throw new Error(`${topicId} is not scheduled`);
  return cell;
}

function agendaProposals(client: TestClient): EventOf<'AgendaProposed'>[] {
  return eventsReceived(client).filter((e): e is EventOf<'AgendaProposed'> => e.type === 'AgendaProposed');
}

describe('a whole session: marketplace, vote, agenda, breakouts', () => {
  it('schedules, assigns and lets people walk, and leaves every screen with exactly its share of the server', async () => {
    const workshop = await openWorkshop(server, 20);
    const { session, facilitator, participants } = workshop;
    const sessionId = session.sessionId;
    const projector = await TestClient.connect(server.url, session.projectorAuth);
    const ids = participants.map((p) => p.participantId);

    // Marketplace: 11 topics; participants 0 and 1 each convene two of them (topics 9 and 10).
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
    for (let k = 0; k < 11; k++) {
      expectOk(await at(participants, k % 9).command({ type: 'proposeTopic', title: `Sujet ${k}`, description: '', themeId: null }));
    }
    const topics = topicIds(server.stateOf(sessionId));
    expect(server.stateOf(sessionId).topics[at(topics, 9)]?.proposerIds).toEqual([ids[0]]);

    // Vote: everyone at once, three dots each on topics i, i+4 and i+7, so slots will clash.
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'voting' }));
    await Promise.all(
      participants.map(async (p, i) => {
        for (const k of [0, 4, 7]) expectOk(await p.command({ type: 'placeDot', topicId: at(topics, (i + k) % 11) }));
      }),
    );

    // The grid: 4 rooms x 3 slots = 12 cells for 11 topics; the three largest rooms seat 22.
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'agenda' }));
    const rooms = [
      { name: 'Iroise', capacity: 9 },
      { name: 'Molène', capacity: 7, language: 'Français + arabe', interpreter: true },
      { name: 'Ouessant', capacity: 6 },
      { name: 'Sein', capacity: 5 },
    ];
    const { spaceIds, slotIds } = await buildGrid(server, sessionId, facilitator, rooms, [
      ['14:00', '14:45'],
      ['15:00', '15:45'],
      ['16:00', '16:45'],
    ]);
    expect(server.stateOf(sessionId).spaces[at(spaceIds, 1)]).toMatchObject({ language: 'Français + arabe', interpreter: true });
    expectRefused(await facilitator.command({ type: 'addSlot', times: { start: '14:30', end: '15:10' } }), 'CONFLICT');

    expectOk(await facilitator.command({ type: 'proposeAgenda' }));
    let state = await converge(server, sessionId, [facilitator, projector]);
    expect(Object.keys(state.agenda.placements).sort()).toEqual([...topics].sort());
    expectValidGrid(state);
    const [proposed] = agendaProposals(facilitator);
    expect(proposed?.placements).toHaveLength(11);
    expect(proposed?.conflicts).toBe(agendaConflicts(state));
    // The projector gets the same programme (it is public), figure included.
    expect(agendaProposals(projector)).toEqual([proposed]);

    // By hand: a convener cannot be put twice in one slot; two topics of different slots swap.
    const t0Slot = cellOf(state, at(topics, 0)).slotId;
    const besideT0 = spaceIds.find((spaceId) => spaceId !== cellOf(state, at(topics, 0)).spaceId) ?? '';
    expectRefused(
      await facilitator.command({ type: 'moveTopic', topicId: at(topics, 9), to: { slotId: t0Slot, spaceId: besideT0 } }),
      'CONFLICT',
    );
    const single = topics.slice(2, 9);
    const a = at(single, 0);
    const b = single.find((t) => cellOf(state, t).slotId !== cellOf(state, a).slotId);
    if (!b) throw new Error('Seven topics in one slot of four rooms');
    const [cellA, cellB] = [cellOf(state, a), cellOf(state, b)];
    expectOk(await facilitator.command({ type: 'moveTopic', topicId: a, to: cellB }));
    expect(server.stateOf(sessionId).agenda.placements).toMatchObject({ [a]: cellB, [b]: cellA });
    expectOk(await facilitator.command({ type: 'lockTopic', topicId: a, locked: true }));
    expectRefused(await facilitator.command({ type: 'lockTopic', topicId: a, locked: true }), 'CONFLICT');

    // Proposing again re-plans everything but the locked cell.
    expectOk(await facilitator.command({ type: 'proposeAgenda' }));
    state = await converge(server, sessionId, [facilitator, projector]);
    expect(state.agenda.placements[a]).toEqual(cellB);
    expect(state.agenda.locked).toEqual([a]);
    expect(Object.keys(state.agenda.placements)).toHaveLength(11);
    expectValidGrid(state);
    const second = agendaProposals(facilitator)[1];
    expect(second?.placements).toContainEqual({ topicId: a, ...cellB });
    expect(second?.conflicts).toBe(agendaConflicts(state));

    // Published, the breakouts start and the app seats everyone.
    expectRefused(await at(participants, 0).command({ type: 'joinGroup', slotId: at(slotIds, 0), topicId: a }), 'WRONG_PHASE');
    expectOk(await facilitator.command({ type: 'publishAgenda', published: true }));
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'breakouts' }));
    // One phone drops out before the assignment; it catches up from the server's recent events later.
    const dropped = at(participants, 19);
    await converge(server, sessionId, [dropped]);
    dropped.socket.disconnect();
    expectOk(await facilitator.command({ type: 'assignGroups' }));
    const online = participants.filter((p) => p !== dropped);
    state = await converge(server, sessionId, [facilitator, projector, ...online]);
    for (const slotId of slotIds) {
      expect(Object.keys(state.breakouts.members[slotId] ?? {}).sort(), `everyone seated in ${slotId}`).toEqual([...ids].sort());
    }
    expect(state.breakouts.headcounts).toEqual(countMembers(state));
    expect(overCapacity(state)).toEqual([]);
    for (const [topicId, cell] of Object.entries(state.agenda.placements)) {
      for (const convener of state.topics[topicId]?.proposerIds ?? []) {
        expect(state.breakouts.members[cell.slotId]?.[convener], 'a convener sits in their own group').toBe(topicId);
      }
    }
    expect(projector.state?.breakouts.headcounts).toEqual(state.breakouts.headcounts);
    expect(projector.state?.breakouts.members).toEqual({});
    for (const p of online) {
      expect(p.state?.breakouts.members).toEqual(
        Object.fromEntries(slotIds.map((slotId) => [slotId, { [p.participantId]: state.breakouts.members[slotId]?.[p.participantId] }])),
      );
    }

    // The law of two feet: people walk to groups with a free seat; the projector counts them live.
    const slotId = at(slotIds, 0);
    const inSlot = Object.entries(state.agenda.placements)
      .filter(([, cell]) => cell.slotId === slotId)
      .map(([topicId]) => topicId);
    let walks = 0;
    for (const walker of participants.slice(9, 17)) {
      const now = server.stateOf(sessionId);
      const from = now.breakouts.members[slotId]?.[walker.participantId];
      if (!from) throw new Error('Everyone was seated');
      const to = inSlot.find((t) => t !== from && headcount(now, slotId, t) < groupCapacity(now, slotId, t));
      if (!to) continue;
      const before = { from: headcount(now, slotId, from), to: headcount(now, slotId, to) };
      const version = expectOk(await walker.command({ type: 'joinGroup', slotId, topicId: to }));
      await projector.waitForVersion(version);
      const seen = projector.state ?? now;
      expect([headcount(seen, slotId, from), headcount(seen, slotId, to)]).toEqual([before.from - 1, before.to + 1]);
      walks++;
    }
    expect(walks).toBeGreaterThan(0);
    const leaver = at(participants, 17);
    expectOk(await leaver.command({ type: 'leaveGroup', slotId }));
    expectRefused(await leaver.command({ type: 'leaveGroup', slotId }), 'NOT_FOUND');
    const elsewhere = Object.keys(state.agenda.placements).find((t) => !inSlot.includes(t)) ?? '';
    expectRefused(await leaver.command({ type: 'joinGroup', slotId, topicId: elsewhere }), 'NOT_FOUND');
    // The facilitator seats someone by hand.
    const target = inSlot.find((t) => !isFull(server.stateOf(sessionId), slotId, t)) ?? '';
    expectOk(await facilitator.command({ type: 'moveParticipant', participantId: leaver.participantId, slotId, topicId: target }));
    expectRefused(await leaver.command({ type: 'moveParticipant', participantId: at(ids, 0), slotId, topicId: target }), 'FORBIDDEN');

    dropped.socket.connect();
    const final = await converge(server, sessionId, [facilitator, projector, ...participants]);
    const catchUp = dropped.received.filter((m) => m.name === 'ack:sync').at(-1)?.args[0] as SyncAck | undefined;
    expect(catchUp?.ok && 'batch' in catchUp ? catchUp.batch.events.map((e) => e.event.type) : catchUp).toContain('GroupsAssigned');
    expect(final.breakouts.members[slotId]?.[leaver.participantId]).toBe(target);
    expect(final.breakouts.headcounts).toEqual(countMembers(final));
    expect(overCapacity(final)).toEqual([]);
    expectMirrorsMatch(final, facilitator, projector, participants);

    // Nobody's phone ever received anybody else's group, yet every phone got its own moves and the counts.
    expect(foreignMemberships(projector, null)).toEqual([]);
    for (const p of participants) expect(foreignMemberships(p, p.participantId), p.participantId).toEqual([]);
    // The same scan over the facilitator's stream, who may see everything, does find the groups.
    expect(foreignMemberships(facilitator, null).length).toBeGreaterThan(ids.length);
    const walkerEvents = eventsReceived(at(participants, 9)).map((e) => e.type);
    expect(walkerEvents).toContain('GroupJoined');
    expect(walkerEvents).toContain('HeadcountsMoved');
    expect(eventsReceived(leaver).filter((e) => e.type === 'GroupJoined')).toEqual([
      expect.objectContaining({ participantId: leaver.participantId, via: 'facilitator', topicId: target, fromTopicId: null }),
    ]);
    expect(eventsReceived(projector).filter((e) => e.type === 'HeadcountsMoved').length).toBe(walks + 2);

    projector.close();
    workshop.close();
  });
});

function isFull(state: SessionState, slotId: string, topicId: string): boolean {
  return headcount(state, slotId, topicId) >= groupCapacity(state, slotId, topicId);
}

describe('free mode: people pick their groups once the agenda is out', () => {
  it('opens choices in the agenda phase after publication, and a full group refuses', async () => {
    const workshop = await openWorkshop(server, 6);
    const { session, facilitator, participants } = workshop;
    const sessionId = session.sessionId;
    const projector = await TestClient.connect(server.url, session.projectorAuth);
    const [p0, p1, p2, p3, p4, p5] = participants;
    if (!p0 || !p1 || !p2 || !p3 || !p4 || !p5) throw new Error('six participants');

    expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
    expectOk(await p0.command({ type: 'proposeTopic', title: 'Jardins partagés', description: '', themeId: null }));
    expectOk(await p1.command({ type: 'proposeTopic', title: 'Vélo en ville', description: '', themeId: null }));
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'agenda' }));
    const { slotIds } = await buildGrid(
      server,
      sessionId,
      facilitator,
      [
        { name: 'Petite salle', capacity: 2 },
        { name: 'Grande salle', capacity: 3 },
      ],
      [['10:00', '11:00']],
    );
    const slotId = at(slotIds, 0);
    expectOk(await facilitator.command({ type: 'proposeAgenda' }));
    let state = server.stateOf(sessionId);
    const small = Object.keys(state.agenda.placements).find((t) => groupCapacity(state, slotId, t) === 2) ?? '';
    const large = Object.keys(state.agenda.placements).find((t) => groupCapacity(state, slotId, t) === 3) ?? '';
    expect([small, large].sort()).toEqual(topicIds(state).sort());

    expectOk(await facilitator.command({ type: 'setGroupMode', mode: 'free' }));
    expectRefused(await facilitator.command({ type: 'setGroupMode', mode: 'free' }), 'CONFLICT');
    // Not before the programme is out.
    expectRefused(await p2.command({ type: 'joinGroup', slotId, topicId: small }), 'WRONG_PHASE');
    expectOk(await facilitator.command({ type: 'publishAgenda', published: true }));

    // Assigned mode in the agenda phase: nobody chooses yet.
    expectOk(await facilitator.command({ type: 'setGroupMode', mode: 'assigned' }));
    expectRefused(await p2.command({ type: 'joinGroup', slotId, topicId: small }), 'WRONG_PHASE');
    expectOk(await facilitator.command({ type: 'setGroupMode', mode: 'free' }));

    expectOk(await p2.command({ type: 'joinGroup', slotId, topicId: small }));
    expectRefused(await p2.command({ type: 'joinGroup', slotId, topicId: small }), 'CONFLICT');
    expectOk(await p3.command({ type: 'joinGroup', slotId, topicId: small }));
    const full = await p4.command({ type: 'joinGroup', slotId, topicId: small });
    expect(full.ok ? 'accepted' : full.error).toEqual({ code: 'CONFLICT', message: expect.any(String) });
    expectRefused(await facilitator.command({ type: 'moveParticipant', participantId: p4.participantId, slotId, topicId: small }), 'CONFLICT');
    expectRefused(await facilitator.command({ type: 'assignGroups' }), 'CONFLICT');
    expectRefused(await facilitator.command({ type: 'joinGroup', slotId, topicId: large }), 'FORBIDDEN');

    expectOk(await p4.command({ type: 'joinGroup', slotId, topicId: large }));
    expectOk(await p2.command({ type: 'leaveGroup', slotId }));
    // The freed seat goes to whoever asks next; p4 switches rooms.
    expectOk(await p4.command({ type: 'joinGroup', slotId, topicId: small }));
    expectRefused(await p5.command({ type: 'joinGroup', slotId, topicId: small }), 'CONFLICT');

    state = await converge(server, sessionId, [facilitator, projector, ...participants]);
    expect(state.breakouts.members[slotId]).toEqual({ [p3.participantId]: small, [p4.participantId]: small });
    expect(state.breakouts.headcounts).toEqual({ [slotId]: { [small]: 2 } });
    expect(projector.state?.breakouts.headcounts).toEqual({ [slotId]: { [small]: 2 } });
    expect(eventsReceived(p4).filter((e) => e.type === 'GroupJoined')).toEqual([
      expect.objectContaining({ topicId: large, fromTopicId: null, via: 'self' }),
      expect.objectContaining({ topicId: small, fromTopicId: large, via: 'self' }),
    ]);

    // Back to voting: groups are frozen again.
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'voting' }));
    expectRefused(await p5.command({ type: 'joinGroup', slotId, topicId: large }), 'WRONG_PHASE');
    expectRefused(await p3.command({ type: 'leaveGroup', slotId }), 'WRONG_PHASE');

    const final = await converge(server, sessionId, [facilitator, projector, ...participants]);
    expectMirrorsMatch(final, facilitator, projector, participants);
    for (const p of participants) expect(foreignMemberships(p, p.participantId)).toEqual([]);
    expect(foreignMemberships(projector, null)).toEqual([]);

    projector.close();
    workshop.close();
  });
});

describe('a new agenda while the groups meet', () => {
  it('never leaves a group in a room too small for it, and every screen drops the same groups', async () => {
    // Two rooms, one slot; four people sit in the group of the large room.
    const room = await openBreakouts(
      server,
      6,
      [
        { name: 'Grande', capacity: 9 },
        { name: 'Petite', capacity: 2 },
      ],
      [['10:00', '11:00']],
    );
    const { workshop, projector, sessionId, grid } = room;
    const { facilitator, participants } = workshop;
    const slotId = at(room.slotIds, 0);
    const [crowded, quiet] = [at(at(grid, 0), 0), at(at(grid, 0), 1)];
    for (const p of participants.slice(0, 4)) expectOk(await p.command({ type: 'joinGroup', slotId, topicId: crowded }));
    expectOk(await at(participants, 5).command({ type: 'joinGroup', slotId, topicId: quiet }));
    // By hand, the crowded group cannot be sent to the small room.
    const small = at(room.spaceIds, 1);
    expectRefused(await facilitator.command({ type: 'moveTopic', topicId: crowded, to: { slotId, spaceId: small } }), 'CONFLICT');
    expectRefused(
      await facilitator.command({ type: 'updateSpace', space: { id: at(room.spaceIds, 0), name: 'Grande', capacity: 3, language: '', interpreter: false } }),
      'CONFLICT',
    );

    // The vote turns: the quiet topic now has the most dots, so the scheduler gives it the large room.
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'voting' }));
    for (const p of participants) expectOk(await p.command({ type: 'placeDot', topicId: quiet }));
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'breakouts' }));
    expectOk(await facilitator.command({ type: 'proposeAgenda' }));

    const final = await converge(server, sessionId, [facilitator, projector, ...participants]);
    expect(final.agenda.placements[crowded]?.spaceId).toBe(small);
    expect(overCapacity(final)).toEqual([]);
    expect(final.breakouts.headcounts).toEqual(countMembers(final));
    expect(headcount(final, slotId, quiet)).toBe(1);
    expectMirrorsMatch(final, facilitator, projector, participants);
    room.close();
  });
});
