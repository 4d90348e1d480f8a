import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewOf, type SyncAck } from '@forum-ouvert/shared';
import { newCommandId, TestClient } from '../helpers/client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { removeDir } from '../helpers/tempDir.ts';
import { until } from '../helpers/wait.ts';
import { converge, expectOk, expectRefused, openWorkshop, topicIds, type Workshop } from '../helpers/workshop.ts';

let server: TestServer;
let workshop: Workshop;

beforeAll(async () => {
  server = await startServer();
  workshop = await openWorkshop(server, 3);
  expectOk(await workshop.facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
});

afterAll(async () => {
  workshop.close();
  await server.stop();
  removeDir(server.dataDir);
});

function lastSync(client: TestClient): SyncAck | undefined {
  return client.received.filter((m) => m.name === 'ack:sync').at(-1)?.args[0] as SyncAck | undefined;
}

describe('a client that drops out catches up on reconnect', () => {
  it('gets exactly the events it missed after socket.disconnect(), nothing doubled', async () => {
    const { facilitator, session } = workshop;
    const [alice, bob, carol] = workshop.participants as [TestClient, TestClient, TestClient];
    expectOk(await alice.command({ type: 'proposeTopic', title: 'Avant', description: '', themeId: null }));
    await converge(server, session.sessionId, [alice]);

    alice.socket.disconnect();
    expectOk(await bob.command({ type: 'proposeTopic', title: 'Pendant 1', description: '', themeId: null }));
    expectOk(await carol.command({ type: 'proposeTopic', title: 'Pendant 2', description: '', themeId: null }));
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'voting' }));
    const [first = '', second = ''] = topicIds(server.stateOf(session.sessionId));
    expectOk(await bob.command({ type: 'placeDot', topicId: first }));
    expectOk(await carol.command({ type: 'placeDot', topicId: second }));

    alice.socket.connect();
    const state = await converge(server, session.sessionId, [alice, bob, carol, facilitator]);
    const ack = lastSync(alice);
    expect(ack?.ok && 'batch' in ack ? ack.batch.events.length : 'snapshot').toBe(5);
    expect(alice.state).toEqual(viewOf(state, alice.actor));
    expect(Object.keys(alice.state?.topics ?? {})).toHaveLength(3);
    expect(alice.state?.tallies).toEqual({ [first]: 1, [second]: 1 });
  });

  it('recovers from a dropped transport with automatic reconnection', async () => {
    const { facilitator, session } = workshop;
    const [, bob] = workshop.participants as [TestClient, TestClient];
    const phone = await TestClient.connect(server.url, workshop.people[2]?.auth ?? session.projectorAuth, { reconnection: true });
    // Bob already has a dot on the first topic; the second one is free for him.
    const [, second = ''] = topicIds(server.stateOf(session.sessionId));

    const reconnected = new Promise<void>((resolve) => phone.socket.io.once('reconnect', () => resolve()));
    phone.socket.io.engine.close();
    expectOk(await bob.command({ type: 'placeDot', topicId: second }));
    expectOk(await facilitator.command({ type: 'updateVoteSettings', settings: { dotBudget: 5, allowStacking: true, tallyMode: 'live' } }));
    await reconnected;
    const state = await converge(server, session.sessionId, [phone]);
    expect(phone.state).toEqual(viewOf(state, phone.actor));
    phone.close();
  });
});

describe('a command re-sent after a lost ack', () => {
  it('is applied once and answered with its first result', async () => {
    const { facilitator, session } = workshop;
    const [alice] = workshop.participants as [TestClient];
    expectOk(await facilitator.command({ type: 'updateVoteSettings', settings: { dotBudget: 5, allowStacking: true, tallyMode: 'live' } }));
    const [first = ''] = topicIds(server.stateOf(session.sessionId));
    const commandId = newCommandId();
    const command = { type: 'placeDot', topicId: first } as const;
    const before = server.stateOf(session.sessionId).version;

    // The ack is lost: the client never hears back.
    alice.raw.emit('command', { commandId, command });
    await until(() => server.stateOf(session.sessionId).version === before + 1, 'the first delivery');
    const applied = server.stateOf(session.sessionId);

    // Meanwhile the session moves on, then the client retries the same id.
    expectOk(await alice.command({ type: 'placeDot', topicId: first }));
    const retried = await alice.command(command, commandId);
    expect(retried).toEqual({ ok: true, version: before + 1 });
    expect(await alice.command(command, commandId)).toEqual(retried);
    expect(server.stateOf(session.sessionId).version).toBe(before + 2);
    expect(server.stateOf(session.sessionId).dots[alice.participantId]?.[first]).toBe((applied.dots[alice.participantId]?.[first] ?? 0) + 1);
  });

  it('gets the same refusal again, and another person cannot reuse the id', async () => {
    const [alice, bob] = workshop.participants as [TestClient, TestClient];
    const refusedId = newCommandId();
    const wrong = { type: 'setPhase', phase: 'lobby' } as const;
    const refusal = await alice.command(wrong, refusedId);
    expectRefused(refusal, 'FORBIDDEN');
    expect(await alice.command(wrong, refusedId)).toEqual(refusal);

    const [first = ''] = topicIds(server.stateOf(workshop.session.sessionId));
    const takenId = newCommandId();
    expectOk(await alice.command({ type: 'removeDot', topicId: first }, takenId));
    const before = server.stateOf(workshop.session.sessionId);
    expectRefused(await bob.command({ type: 'placeDot', topicId: first }, takenId), 'CONFLICT');
    expect(server.stateOf(workshop.session.sessionId)).toBe(before);
  });
});
