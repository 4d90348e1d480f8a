import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command, EventBatch } from '@forum-ouvert/shared';
import { newCommandId, TestClient } from '../helpers/client.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { makeTempDir, removeDir } from '../helpers/tempDir.ts';
import { until } from '../helpers/wait.ts';
import { converge, expectOk, expectRefused, openWorkshop, topicIds, type Workshop } from '../helpers/workshop.ts';

/**
 * What a phone's outbox counts on (client/src/net/outbox): an action keeps the command id it was
 * given when the person acted, and sending it again, on another connection, after a reload or
 * a restart of the server, is answered with the first result and applied once.
 */
let dataDir: string;
let server: TestServer;
let workshop: Workshop;
let topics: string[];

beforeAll(async () => {
  dataDir = makeTempDir('outbox');
  server = await startServer(dataDir);
  workshop = await openWorkshop(server, 2);
  const { facilitator, participants } = workshop;
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
  for (const title of ['Logement', 'Santé', 'Emploi']) {
    expectOk(await participants[1]!.command({ type: 'proposeTopic', title, description: '', themeId: null }));
  }
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'voting' }));
  topics = topicIds(server.stateOf(workshop.session.sessionId));
});

afterAll(async () => {
  workshop.close();
  await server.stop();
  removeDir(dataDir);
});

/** DotPlaced events of one person that reached a client, however many batches carried them. */
function dotsSeenBy(client: TestClient, participantId: string): number {
  return client.received
    .filter((m) => m.name === 'events')
    .flatMap((m) => (m.args[0] as EventBatch).events)
    .filter(({ event }) => event.type === 'DotPlaced' && event.participantId === participantId).length;
}

describe('an action re-sent with its command id', () => {
  it('is applied once when the link fell before the ack and it is sent again on a new connection', async () => {
    const { session, facilitator, people } = workshop;
    const phone = workshop.participants[0]!;
    const me = phone.participantId;
    const command: Command = { type: 'placeDot', topicId: topics[0]! };
    const commandId = newCommandId();
    const before = server.stateOf(session.sessionId).version;

    // Sent, then the Wi-Fi drops: the server gets the command, the phone never hears back.
    phone.raw.emit('command', { commandId, command });
    phone.socket.io.engine.close();
    await until(() => server.stateOf(session.sessionId).version === before + 1, 'the command to arrive');
    phone.close();

    // Back online (a new page load makes a new connection), the outbox sends what it kept.
    const back = await TestClient.connect(server.url, people[0]!.auth);
    expect(await back.command(command, commandId)).toEqual({ ok: true, version: before + 1 });
    expect(await back.command(command, commandId)).toEqual({ ok: true, version: before + 1 });
    const state = await converge(server, session.sessionId, [facilitator, back]);
    expect(state.version).toBe(before + 1);
    expect(state.dots[me]).toEqual({ [topics[0]!]: 1 });
    expect(state.tallies).toEqual({ [topics[0]!]: 1 });
    expect(dotsSeenBy(facilitator, me)).toBe(1);
    back.close();
  });

  it('is still applied once after the server restarted: accepted command ids are on disk', async () => {
    const { session, people } = workshop;
    const command: Command = { type: 'placeDot', topicId: topics[1]! };
    const commandId = newCommandId();
    const phone = await TestClient.connect(server.url, people[0]!.auth);
    const first = await phone.command(command, commandId);
    expectOk(first);
    phone.close();
    workshop.close();
    await server.stop();

    server = await startServer(dataDir);
    const facilitator = await TestClient.connect(server.url, session.facilitatorAuth);
    const back = await TestClient.connect(server.url, people[0]!.auth);
    const before = server.stateOf(session.sessionId);
    expect(await back.command(command, commandId)).toEqual(first);
    expect(server.stateOf(session.sessionId)).toBe(before);
    expect(before.dots[back.participantId]).toEqual({ [topics[0]!]: 1, [topics[1]!]: 1 });
    workshop = { ...workshop, facilitator, participants: [back] };
  });

  it('arriving after the vote closed is refused plainly, and the same refusal comes back on a retry', async () => {
    const { session, facilitator } = workshop;
    const phone = workshop.participants[0]!;
    const command: Command = { type: 'placeDot', topicId: topics[2]! };
    const commandId = newCommandId();
    // The facilitator closes the vote while the phone is offline with a dot not sent yet.
    expectOk(await facilitator.command({ type: 'setPhase', phase: 'agenda' }));
    const before = server.stateOf(session.sessionId);

    expectRefused(await phone.command(command, commandId), 'WRONG_PHASE');
    expectRefused(await phone.command(command, commandId), 'WRONG_PHASE');
    expect(server.stateOf(session.sessionId)).toBe(before);
  });
});
