import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewOf, type EventBatch, type SessionEvent, type SessionState, type SyncAck } from '@forum-ouvert/shared';
import { TestClient, type Received } from '../helpers/client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { converge, expectOk, openWorkshop, topicIds, type Workshop } from '../helpers/workshop.ts';

let server: TestServer;
let workshop: Workshop;

beforeAll(async () => {
  server = await startServer();
  workshop = await openWorkshop(server, 3);
});

afterAll(async () => {
  workshop.close();
  await server.stop();
  removeDir(server.dataDir);
});

/** Every event and every state that reached a socket, read from the raw messages it received. */
function eventsIn(received: Received[]): SessionEvent[] {
  return received
    .filter((m) => m.name === 'events')
    .flatMap((m) => (m.args[0] as EventBatch).events.map((e) => e.event));
}

function statesIn(received: Received[]): SessionState[] {
  return received.flatMap((m) => {
    if (m.name === 'snapshot') return [(m.args[0] as { state: SessionState }).state];
    const ack = m.args[0] as SyncAck;
    if (m.name === 'ack:sync' && ack.ok && 'snapshot' in ack) return [ack.snapshot.state];
    return [];
  });
}

describe('hidden tallies stay on the server until the reveal', () => {
  it('sends a participant its own dots only and no counts; the reveal brings a snapshot with the tallies', async () => {
    const { facilitator, session } = workshop;
    const [alice, bob, carol] = workshop.participants as [TestClient, TestClient, TestClient];
    const projector = await TestClient.connect(server.url, session.projectorAuth);

    // Switching from live to hidden takes the counts away: public readers get a snapshot without them.
    expectOk(await facilitator.command({ type: 'updateVoteSettings', settings: { dotBudget: 3, allowStacking: true, tallyMode: 'hidden' } }));
    await converge(server, session.sessionId, [alice, projector]);
    expect(alice.received.at(-1)?.name).toBe('snapshot');
    expect(alice.state?.tallies).toBeNull();
    const sinceHidden = alice.received.length - 1;

    expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
    expectOk(await alice.command({ type: 'proposeTopic', title: 'Santé', description: '', themeId: null }));
    expectOk(await bob.command({ type: 'proposeTopic', title: 'Travail', description: '', themeId: null }));
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'voting' }));
    const [health = '', work = ''] = topicIds(server.stateOf(session.sessionId));

    for (const [who, topic] of [
      [alice, health],
      [bob, health],
      [carol, work],
      [bob, work],
      [alice, health],
      [carol, health],
    ] as const) {
      expectOk(await who.command({ type: 'placeDot', topicId: topic }));
    }
    expectOk(await bob.command({ type: 'removeDot', topicId: work }));
    expectOk(await alice.command({ type: 'removeDot', topicId: health }));
    let state = await converge(server, session.sessionId, [facilitator, projector, alice, bob, carol]);

    // What reached Alice's socket: her own dot events, nobody else's, no count of any kind.
    const aliceEvents = eventsIn(alice.received.slice(sinceHidden));
    const dotEvents = aliceEvents.filter((e) => e.type === 'DotPlaced' || e.type === 'DotRemoved');
    expect(dotEvents.map((e) => e.type)).toEqual(['DotPlaced', 'DotPlaced', 'DotRemoved']);
    expect(dotEvents.every((e) => 'participantId' in e && e.participantId === alice.participantId)).toBe(true);
    expect(aliceEvents.some((e) => e.type === 'TallyChanged')).toBe(false);
    const seenStates = statesIn(alice.received.slice(sinceHidden));
    expect(seenStates.length).toBeGreaterThan(0);
    for (const seen of seenStates) {
      expect(seen.tallies).toBeNull();
      expect(Object.keys(seen.dots).filter((id) => id !== alice.participantId)).toEqual([]);
    }
    expect(alice.state?.tallies).toBeNull();
    expect(alice.state?.dots).toEqual({ [alice.participantId]: { [health]: 1 } });
    expect(alice.state).toEqual(viewOf(state, alice.actor));

    // The projector sees no dot and no count either; the facilitator sees everything.
    expect(eventsIn(projector.received).some((e) => ['DotPlaced', 'DotRemoved', 'TallyChanged'].includes(e.type))).toBe(false);
    expect(projector.state?.tallies).toBeNull();
    expect(facilitator.state?.tallies).toEqual({ [health]: 3, [work]: 1 });

    // The reveal: every public reader gets a snapshot carrying the tallies (and only its own dots).
    const aliceBefore = alice.received.length;
    expectOk(await facilitator.command({ type: 'revealTallies', revealed: true }));
    state = await converge(server, session.sessionId, [facilitator, projector, alice, bob, carol]);
    const revealed = alice.received.slice(aliceBefore).filter((m) => m.name === 'snapshot');
    expect(revealed).toHaveLength(1);
    const snapshot = (revealed[0]?.args[0] as { state: SessionState }).state;
    expect(snapshot.tallies).toEqual({ [health]: 3, [work]: 1 });
    expect(Object.keys(snapshot.dots)).toEqual([alice.participantId]);
    for (const client of [alice, bob, carol]) expect(client.state).toEqual(viewOf(state, client.actor));
    expect(projector.state).toEqual(viewOf(state, { role: 'projector' }));

    // Once revealed, others' dots arrive as counts, never as someone's dot.
    const aliceAfterReveal = alice.received.length;
    expectOk(await carol.command({ type: 'placeDot', topicId: work }));
    state = await converge(server, session.sessionId, [alice, projector]);
    const later = eventsIn(alice.received.slice(aliceAfterReveal));
    expect(later).toEqual([{ type: 'TallyChanged', topicId: work, delta: 1 }]);
    expect(alice.state).toEqual(viewOf(state, alice.actor));
    projector.close();
  });
});
