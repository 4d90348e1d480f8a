import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankedProposals, viewOf, type EventBatch, type SessionEvent, type SessionState, type SyncAck } from '@forum-ouvert/shared';
import { buildGrid } from '../helpers/agenda.ts';
import { TestClient, type Received } from '../helpers/client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { converge, expectOk, expectRefused, openWorkshop, topicIds, type Workshop } from '../helpers/workshop.ts';

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

function eventsIn(received: Received[]): SessionEvent[] {
  return received.filter((m) => m.name === 'events').flatMap((m) => (m.args[0] as EventBatch).events.map((e) => e.event));
}

function statesIn(received: Received[]): SessionState[] {
  return received.flatMap((m) => {
    if (m.name === 'snapshot') return [(m.args[0] as { state: SessionState }).state];
    const ack = m.args[0] as SyncAck;
    if (m.name === 'ack:sync' && ack.ok && 'snapshot' in ack) return [ack.snapshot.state];
    return [];
  });
}

const PROPOSAL_EVENTS = ['ProposalDotPlaced', 'ProposalDotRemoved'];

describe('the convergence vote, hidden until the reveal', () => {
  it('keeps everyone’s proposal dots and the counts on the server, enforces the budget, and keeps every mirror equal to its view', async () => {
    const { facilitator, session } = workshop;
    const [alice, bob, carol] = workshop.participants as [TestClient, TestClient, TestClient];
    const projector = await TestClient.connect(server.url, session.projectorAuth);
    const everyone = [facilitator, projector, alice, bob, carol];

    // Two groups met in one slot; then the closing phase, hidden counts, two dots each, one on paper.
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
    expectOk(await alice.command({ type: 'proposeTopic', title: 'Santé', description: '', themeId: null }));
    expectOk(await bob.command({ type: 'proposeTopic', title: 'Logement', description: '', themeId: null }));
    const [health = '', housing = ''] = topicIds(server.stateOf(session.sessionId));
    const { slotIds } = await buildGrid(server, session.sessionId, facilitator, [], [['10:00', '11:00']]);
    const slotId = slotIds[0] ?? '';
    expectOk(await facilitator.command({ type: 'addPaperParticipant', pseudonym: 'Jeanne' }));
    const paper = Object.values(server.stateOf(session.sessionId).participants).find((p) => p.paper)?.id ?? '';
    expectOk(await facilitator.command({ type: 'updateVoteSettings', settings: { dotBudget: 2, allowStacking: false, tallyMode: 'hidden' } }));
    expectRefused(await facilitator.command({ type: 'openConvergence', proposals: [{ slotId, topicId: health, text: 'Trop tôt' }] }), 'WRONG_PHASE');
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'closing' }));
    await converge(server, session.sessionId, everyone);
    const sinceClosing = Object.fromEntries(everyone.map((c, i) => [i, c.received.length]));

    expectOk(
      await facilitator.command({
        type: 'openConvergence',
        proposals: [
          { slotId, topicId: health, text: 'Un centre de santé de quartier' },
          { slotId, topicId: health, text: 'Des interprètes à l’hôpital' },
          { slotId, topicId: housing, text: 'Des logements passerelles' },
        ],
      }),
    );
    const [care = '', interpreters = '', bridges = ''] = Object.keys(server.stateOf(session.sessionId).convergence.proposals);
    expectRefused(await alice.command({ type: 'openConvergence', proposals: [{ slotId, topicId: health, text: 'X' }] }), 'FORBIDDEN');

    expectOk(await alice.command({ type: 'placeProposalDot', proposalId: care }));
    expectOk(await alice.command({ type: 'placeProposalDot', proposalId: bridges }));
    expectRefused(await alice.command({ type: 'placeProposalDot', proposalId: interpreters }), 'BUDGET_EXCEEDED');
    expectOk(await bob.command({ type: 'placeProposalDot', proposalId: care }));
    expectRefused(await bob.command({ type: 'placeProposalDot', proposalId: care }), 'CONFLICT');
    expectOk(await bob.command({ type: 'placeProposalDot', proposalId: interpreters }));
    expectOk(await bob.command({ type: 'removeProposalDot', proposalId: interpreters }));
    expectRefused(await bob.command({ type: 'removeProposalDot', proposalId: bridges }), 'NOT_FOUND');
    expectOk(await carol.command({ type: 'placeProposalDot', proposalId: bridges }));
    expectOk(await facilitator.command({ type: 'placeProposalDot', proposalId: care, asParticipantId: paper }));
    expectRefused(await facilitator.command({ type: 'openConvergence', proposals: [{ slotId, topicId: health, text: 'Autre' }] }), 'CONFLICT');
    let state = await converge(server, session.sessionId, everyone);
    expect(state.convergence.tallies).toEqual({ [care]: 3, [bridges]: 2 });

    // What reached each phone: its own proposal dots only, no count of any kind, in events or snapshots.
    everyone.forEach((client, i) => {
      if (client === facilitator) return;
      const received = client.received.slice(sinceClosing[i]);
      const self = client === projector ? undefined : client.participantId;
      const dotEvents = eventsIn(received).filter((e) => PROPOSAL_EVENTS.includes(e.type));
      for (const event of dotEvents) expect('participantId' in event && event.participantId).toBe(self);
      expect(eventsIn(received).some((e) => e.type === 'ProposalTallyChanged')).toBe(false);
      for (const seen of statesIn(received)) {
        expect(seen.convergence.tallies).toBeNull();
        expect(Object.keys(seen.convergence.dots).filter((id) => id !== self)).toEqual([]);
      }
      expect(client.state?.convergence.tallies).toBeNull();
    });
    expect(eventsIn(bob.received.slice(sinceClosing[3])).filter((e) => PROPOSAL_EVENTS.includes(e.type)).map((e) => e.type)).toEqual([
      'ProposalDotPlaced',
      'ProposalDotPlaced',
      'ProposalDotRemoved',
    ]);
    expect(alice.state?.convergence.dots).toEqual({ [alice.participantId]: { [care]: 1, [bridges]: 1 } });
    expect(projector.state?.convergence.dots).toEqual({});
    for (const client of everyone) expect(client.state).toEqual(viewOf(state, client.actor));

    // The reveal: one snapshot per public reader, with the counts; the topic vote stays hidden.
    const aliceBefore = alice.received.length;
    expectOk(await facilitator.command({ type: 'revealConvergence', revealed: true }));
    state = await converge(server, session.sessionId, everyone);
    const snapshots = alice.received.slice(aliceBefore).filter((m) => m.name === 'snapshot');
    expect(snapshots).toHaveLength(1);
    const snapshot = (snapshots[0]?.args[0] as { state: SessionState }).state;
    expect(snapshot.convergence.tallies).toEqual({ [care]: 3, [bridges]: 2 });
    expect(Object.keys(snapshot.convergence.dots)).toEqual([alice.participantId]);
    expect(snapshot.tallies).toBeNull();
    expect(projector.state && rankedProposals(projector.state).map((r) => [r.proposal.text, r.dots])).toEqual([
      ['Un centre de santé de quartier', 3],
      ['Des logements passerelles', 2],
      ['Des interprètes à l’hôpital', 0],
    ]);

    // Once revealed, others' dots arrive as counts, never as someone's dot.
    const aliceAfterReveal = alice.received.length;
    expectOk(await carol.command({ type: 'placeProposalDot', proposalId: interpreters }));
    state = await converge(server, session.sessionId, everyone);
    expect(eventsIn(alice.received.slice(aliceAfterReveal))).toEqual([{ type: 'ProposalTallyChanged', proposalId: interpreters, delta: 1 }]);

    // Closing freezes the ballot.
    expectOk(await facilitator.command({ type: 'closeConvergence' }));
    expectRefused(await bob.command({ type: 'placeProposalDot', proposalId: bridges }), 'WRONG_PHASE');
    expectRefused(await alice.command({ type: 'removeProposalDot', proposalId: care }), 'WRONG_PHASE');
    state = await converge(server, session.sessionId, everyone);
    expect(state.convergence.status).toBe('closed');
    for (const client of everyone) expect(client.state).toEqual(viewOf(state, client.actor));
    projector.close();
  });
});
