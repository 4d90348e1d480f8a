import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, type CommandAck } from '@forum-ouvert/shared';
import { newCommandId, TestClient } from '../helpers/client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { until } from '../helpers/wait.ts';
import { expectOk, expectRefused, openWorkshop, topicIds, type Workshop } from '../helpers/workshop.ts';

let server: TestServer;
let workshop: Workshop;
let alice: TestClient;
let bob: TestClient;

function rawCommand(client: TestClient, payload: unknown): Promise<CommandAck> {
  return client.raw.timeout(2000).emitWithAck('command', payload) as Promise<CommandAck>;
}

beforeAll(async () => {
  server = await startServer();
  workshop = await openWorkshop(server, 2);
  [alice, bob] = workshop.participants as [TestClient, TestClient];
});

afterAll(async () => {
  workshop.close();
  await server.stop();
  removeDir(server.dataDir);
});

describe('refused commands change nothing', () => {
  it('refuses what the phase does not allow (WRONG_PHASE)', async () => {
    const before = server.stateOf(workshop.session.sessionId);
    expectRefused(await alice.command({ type: 'proposeTopic', title: 'Trop tôt', description: '', themeId: null }), 'WRONG_PHASE');
    expectRefused(await alice.command({ type: 'placeDot', topicId: 't_none' }), 'WRONG_PHASE');
    expect(server.stateOf(workshop.session.sessionId)).toBe(before);
  });

  it('refuses a dot over budget (BUDGET_EXCEEDED) and a second dot on a topic without stacking (CONFLICT)', async () => {
    const { facilitator, session } = workshop;
    expectOk(await facilitator.command({ type: 'updateVoteSettings', settings: { dotBudget: 2, allowStacking: false, tallyMode: 'live' } }));
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
    for (const title of ['Un', 'Deux', 'Trois']) {
      expectOk(await alice.command({ type: 'proposeTopic', title, description: '', themeId: null }));
    }
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'voting' }));
    const [one, two, three] = topicIds(server.stateOf(session.sessionId));
    expectOk(await alice.command({ type: 'placeDot', topicId: one ?? '' }));
    expectOk(await alice.command({ type: 'placeDot', topicId: two ?? '' }));

    const full = server.stateOf(session.sessionId);
    expectRefused(await alice.command({ type: 'placeDot', topicId: three ?? '' }), 'BUDGET_EXCEEDED');
    expect(server.stateOf(session.sessionId)).toBe(full);
    expect(full.dots[alice.participantId]).toEqual({ [one ?? '']: 1, [two ?? '']: 1 });

    expectOk(await bob.command({ type: 'placeDot', topicId: one ?? '' }));
    const afterBob = server.stateOf(session.sessionId);
    expectRefused(await bob.command({ type: 'placeDot', topicId: one ?? '' }), 'CONFLICT');
    expect(server.stateOf(session.sessionId)).toBe(afterBob);

    // With stacking allowed, the same second dot is accepted.
    expectOk(await facilitator.command({ type: 'updateVoteSettings', settings: { dotBudget: 2, allowStacking: true, tallyMode: 'live' } }));
    expectOk(await bob.command({ type: 'placeDot', topicId: one ?? '' }));
    expect(server.stateOf(session.sessionId).tallies?.[one ?? '']).toBe(3);
  });

  it('answers VALIDATION to malformed envelopes and payloads, and to unknown command types', async () => {
    const before = server.stateOf(workshop.session.sessionId);
    const malformed: unknown[] = [
      42,
      null,
      'placeDot',
      { commandId: 'short', command: { type: 'setPhase', phase: 'lobby' } },
      { commandId: newCommandId() },
      { commandId: newCommandId(), command: { type: 'launchRocket' } },
      { commandId: newCommandId(), command: { type: 'placeDot' } },
      { commandId: newCommandId(), command: { type: 'placeDot', topicId: 'bad id with spaces' } },
      { commandId: newCommandId(), command: { type: 'proposeTopic', title: '   ', themeId: null } },
      { commandId: newCommandId(), command: { type: 'proposeTopic', title: 'x'.repeat(121), themeId: null } },
      { commandId: newCommandId(), command: { type: 'setPhase', phase: 'intermission' } },
      { commandId: newCommandId(), command: { type: 'updateVoteSettings', settings: { dotBudget: 0 } } },
    ];
    for (const payload of malformed) expectRefused(await rawCommand(alice, payload), 'VALIDATION');
    expect(await alice.raw.timeout(2000).emitWithAck('sync', { since: -1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(server.stateOf(workshop.session.sessionId)).toBe(before);
  });

  it('survives a missing ack, a non-function ack, unknown events and an oversized message', async () => {
    const { facilitator, session } = workshop;
    const [topic] = topicIds(server.stateOf(session.sessionId));
    const version = server.stateOf(session.sessionId).version;

    // No ack callback: the command is still applied once; nobody is told, nothing breaks.
    bob.raw.emit('command', { commandId: newCommandId(), command: { type: 'removeDot', topicId: topic } });
    await until(() => server.stateOf(session.sessionId).version === version + 1, 'the unacknowledged command');
    bob.raw.emit('command', { commandId: newCommandId(), command: { type: 'removeDot', topicId: topic } }, 42);
    bob.raw.emit('sync', { since: 0 });
    bob.raw.emit('launchRocket', { now: true }, () => undefined);
    bob.raw.emit('command');
    await until(() => server.stateOf(session.sessionId).version === version + 2, 'the command with a non-function ack');

    const intruder = await TestClient.connect(server.url, workshop.session.projectorAuth);
    const disconnected = new Promise<string>((resolve) => intruder.socket.once('disconnect', (reason) => resolve(reason)));
    intruder.raw.emit('command', {
      commandId: newCommandId(),
      command: { type: 'proposeTopic', title: 'x'.repeat(MAX_MESSAGE_BYTES + 1024), themeId: null },
    });
    expect(await disconnected).toBe('transport close');

    // The server still serves everyone else.
    expectOk(await bob.command({ type: 'placeDot', topicId: topic ?? '' }));
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
    const late = await TestClient.connect(server.url, workshop.session.projectorAuth);
    expect(late.state?.version).toBe(server.stateOf(session.sessionId).version);
    late.close();
  });
});
