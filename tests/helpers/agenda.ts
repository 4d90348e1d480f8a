import { expect } from 'vitest';
import {
  evolve,
  groupCapacity,
  orderedSlots,
  type CommandAck,
  type EventBatch,
  type PhaseId,
  type SessionEvent,
  type SessionState,
  type SyncAck,
  viewOf,
} from '@forum-ouvert/shared';
import { TestClient } from './client.ts';
import type { TestServer } from './server.ts';
import { expectOk, openWorkshop, topicIds, type Workshop } from './workshop.ts';

export type Counts = Record<string, Record<string, number>>;

export interface SpaceSpec {
  name: string;
  capacity: number;
  language?: string;
  interpreter?: boolean;
}

/** Adds the spaces and slots; answers their ids in the order given (slots given in time order). */
export async function buildGrid(
  server: TestServer,
  sessionId: string,
  facilitator: TestClient,
  spaces: readonly SpaceSpec[],
  slots: readonly (readonly [string, string])[],
): Promise<{ spaceIds: string[]; slotIds: string[] }> {
  for (const { name, capacity, language = '', interpreter = false } of spaces) {
    expectOk(await facilitator.command({ type: 'addSpace', space: { name, capacity, language, interpreter } }));
  }
  for (const [start, end] of slots) expectOk(await facilitator.command({ type: 'addSlot', times: { start, end } }));
  const state = server.stateOf(sessionId);
  const spaceIds = spaces.map(({ name }) => {
    const space = Object.values(state.spaces).find((s) => s.name === name);
    if (!space) throw new Error(`No space ${name}`);
    return space.id;
  });
  return { spaceIds, slotIds: orderedSlots(state).map((s) => s.id) };
}

export interface Breakouts {
  workshop: Workshop;
  projector: TestClient;
  sessionId: string;
  slotIds: string[];
  spaceIds: string[];
  /** grid[slot][space] = the topic placed there by hand. */
  grid: string[][];
  close(): void;
}

/**
 * A session whose grid is full, placed by hand (moveTopic), not by the scheduler: participant
 * k proposes topic k, topics fill the grid slot by slot. The agenda is published and the
 * session left in `phase`; nobody sits in a group yet.
 */
export async function openBreakouts(
  server: TestServer,
  count: number,
  spaces: readonly SpaceSpec[],
  slots: readonly (readonly [string, string])[],
  phase: PhaseId = 'breakouts',
): Promise<Breakouts> {
  const workshop = await openWorkshop(server, count);
  const { session, facilitator, participants } = workshop;
  const projector = await TestClient.connect(server.url, session.projectorAuth);
  const cells = spaces.length * slots.length;
  if (count < cells) throw new Error('One proposer per cell');
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'marketplace' }));
  for (let k = 0; k < cells; k++) {
    expectOk(await at(participants, k).command({ type: 'proposeTopic', title: `Sujet ${k}`, description: '', themeId: null }));
  }
  expectOk(await facilitator.command({ type: 'setPhase', phase: 'agenda' }));
  const { spaceIds, slotIds } = await buildGrid(server, session.sessionId, facilitator, spaces, slots);
  const topics = topicIds(server.stateOf(session.sessionId));
  const grid = slotIds.map((slotId, s) =>
    spaceIds.map((spaceId, p) => {
      const topicId = at(topics, s * spaceIds.length + p);
      return { slotId, spaceId, topicId };
    }),
  );
  for (const { slotId, spaceId, topicId } of grid.flat()) {
    expectOk(await facilitator.command({ type: 'moveTopic', topicId, to: { slotId, spaceId } }));
  }
  expectOk(await facilitator.command({ type: 'publishAgenda', published: true }));
  if (phase !== 'agenda') expectOk(await facilitator.command({ type: 'setPhase', phase }));
  return {
    workshop,
    projector,
    sessionId: session.sessionId,
    slotIds,
    spaceIds,
    grid: grid.map((row) => row.map((cell) => cell.topicId)),
    close() {
      projector.close();
      workshop.close();
    },
  };
}

/** `list[i]`, or a clear failure (the tsconfig has noUncheckedIndexedAccess). */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`Nothing at index ${index} of ${list.length}`);
  return item;
}

export function refusalCode(ack: CommandAck): string {
  return ack.ok ? 'OK' : ack.error.code;
}

/** Headcounts as the members say: what the server's counts must always equal. */
export function countMembers(state: SessionState): Counts {
  const counts: Counts = {};
  for (const [slotId, bySlot] of Object.entries(state.breakouts.members)) {
    for (const topicId of Object.values(bySlot)) {
      const inSlot = (counts[slotId] ??= {});
      inSlot[topicId] = (inSlot[topicId] ?? 0) + 1;
    }
  }
  return counts;
}

/** Every group over its space's capacity, as "slot/topic n>c"; empty when all is well. */
export function overCapacity(state: SessionState): string[] {
  const over: string[] = [];
  for (const [slotId, bySlot] of Object.entries(state.breakouts.headcounts)) {
    for (const [topicId, n] of Object.entries(bySlot)) {
      const capacity = groupCapacity(state, slotId, topicId);
      if (n > capacity) over.push(`${slotId}/${topicId} ${n}>${capacity}`);
    }
  }
  return over;
}

/**
 * Runs `check` after every single event a client receives, not only after each batch: a
 * private mirror follows the same stream event by event, so a state that only existed in
 * the middle of a coalesced batch is checked too. Snapshots are checked whole.
 */
export function afterEveryEvent(client: TestClient, check: (state: SessionState) => void): { events: number; skipped: number } {
  const seen = { events: 0, skipped: 0 };
  let mirror = client.state;
  client.socket.on('events', (batch) => {
    if (!mirror || batch.from !== mirror.version) {
      // A gap or a stale batch: the client resyncs, the test's gap count tells; follow its mirror.
      seen.skipped++;
      mirror = client.state;
      return;
    }
    for (const { seq, event } of batch.events) {
      mirror = evolve(mirror, event, seq);
      seen.events++;
      check(mirror);
    }
    mirror = { ...mirror, version: batch.to };
  });
  client.socket.on('snapshot', () => {
    mirror = client.state;
    if (mirror) check(mirror);
  });
  return seen;
}

/** Counts with their keys sorted, so two equal counts compare equal whatever their insertion order. */
export function canonicalCounts(counts: Counts): string {
  const sorted = (record: Record<string, unknown>) => Object.keys(record).sort();
  return JSON.stringify(sorted(counts).map((slotId) => [slotId, sorted(counts[slotId] ?? {}).map((t) => [t, counts[slotId]?.[t]])]));
}

/** Every event that reached the client, pushed or in the answer to a sync. */
export function eventsReceived(client: TestClient): SessionEvent[] {
  return client.received.flatMap(({ name, args }) => {
    if (name === 'events') return (args[0] as EventBatch).events.map((e) => e.event);
    if (name === 'ack:sync') {
      const ack = args[0] as SyncAck;
      if (ack.ok && 'batch' in ack) return ack.batch.events.map((e) => e.event);
    }
    return [];
  });
}

/** Every whole state that reached the client: pushed snapshots and snapshots answering a sync. */
export function snapshotsReceived(client: TestClient): SessionState[] {
  return client.received.flatMap(({ name, args }) => {
    if (name === 'snapshot') return [(args[0] as { state: SessionState }).state];
    if (name === 'ack:sync') {
      const ack = args[0] as SyncAck;
      if (ack.ok && 'snapshot' in ack) return [ack.snapshot.state];
    }
    return [];
  });
}

/**
 * Whatever in the raw messages a reader got names someone else's group: a GroupJoined or
 * GroupLeft of another person, another person's assignment line, another person's member
 * line in a snapshot. `self` is null for a projector, who may know nobody's group.
 */
export function foreignMemberships(client: TestClient, self: string | null): string[] {
  const leaks: string[] = [];
  const lines = (bySlot: Record<string, Record<string, string>>, where: string) => {
    for (const [slotId, inSlot] of Object.entries(bySlot)) {
      for (const who of Object.keys(inSlot)) if (who !== self) leaks.push(`${where} ${slotId}/${who}`);
    }
  };
  for (const event of eventsReceived(client)) {
    if ((event.type === 'GroupJoined' || event.type === 'GroupLeft') && event.participantId !== self) {
      leaks.push(`${event.type} ${event.participantId}`);
    }
    if (event.type === 'GroupsAssigned') lines(event.assignments, 'GroupsAssigned');
  }
  for (const state of snapshotsReceived(client)) lines(state.breakouts.members, 'snapshot');
  return leaks;
}

export { seededRandom } from './random.ts';

/** The mirrors of every reader equal the server's view for that reader, and nobody saw a gap. */
export function expectMirrorsMatch(state: SessionState, facilitator: TestClient, projector: TestClient, participants: TestClient[]): void {
  expect(facilitator.state).toEqual(state);
  expect(projector.state).toEqual(viewOf(state, { role: 'projector' }));
  for (const p of participants) expect(p.state).toEqual(viewOf(state, p.actor));
  expect([facilitator, projector, ...participants].map((c) => c.gaps)).toEqual(new Array(participants.length + 2).fill(0));
}
