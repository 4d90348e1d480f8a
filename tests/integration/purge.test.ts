import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PURGE_AFTER_DAYS, PURGE_INTERVAL_MS, readEnv, type Clock } from '@forum-ouvert/server';
import { TestClient } from '../helpers/client.ts';
import { filesHolding, lastActivityOf, rowsOfSession } from '../helpers/database.ts';
import { createSession, joinParticipant } from '../helpers/http.ts';
import { startServer, type TestServer } from '../helpers/server.ts';
import { makeTempDir, removeDir } from '../helpers/tempDir.ts';
import { until } from '../helpers/wait.ts';
import { expectOk } from '../helpers/workshop.ts';

const DAY = 24 * 60 * 60 * 1000;

/** A clock the test moves by hand: days pass in a line of code. */
class ManualClock implements Clock {
  constructor(private at = Date.UTC(2025, 0, 6, 9, 0)) {}
  now(): number {
    return this.at;
  }
  advance(ms: number): void {
    this.at += ms;
  }
}

const servers: TestServer[] = [];
const clients: TestClient[] = [];
const dirs: string[] = [];

afterEach(async () => {
  vi.useRealTimers();
  for (const client of clients.splice(0)) client.close();
  for (const server of servers.splice(0)) await server.stop();
  for (const dir of dirs.splice(0)) removeDir(dir);
});

async function start(clock: Clock, options: Parameters<typeof startServer>[1] = {}, dataDir?: string): Promise<TestServer> {
  const dir = dataDir ?? makeTempDir('purge');
  if (!dataDir) dirs.push(dir);
  const server = await startServer(dir, { clock, ...options });
  servers.push(server);
  return server;
}

async function connect(server: TestServer, auth: Parameters<typeof TestClient.connect>[1]): Promise<TestClient> {
  const client = await TestClient.connect(server.url, auth);
  clients.push(client);
  return client;
}

describe('the automatic purge', () => {
  it('deletes a session 90 days after its last command or join, and no sooner', async () => {
    const clock = new ManualClock();
    const server = await start(clock);
    const idle = await createSession(server.url, { title: 'Atelier-Endormi-Wombat' });
    const busy = await createSession(server.url, { title: 'Atelier-Actif-Suricate' });
    const joined = await createSession(server.url, { title: 'Atelier-Rejoint-Pangolin' });
    const idlePerson = await joinParticipant(server.url, idle.code, 'Dormeuse-Narval');
    const created = clock.now();
    const idlePhone = await connect(server, idlePerson.auth);
    const idleScreen = await connect(server, idle.projectorAuth);
    const busyFacilitator = await connect(server, busy.facilitatorAuth);

    // Day 60: one accepted command in one session, one join in another.
    clock.advance(60 * DAY);
    expectOk(await busyFacilitator.command({ type: 'setPhase', phase: 'marketplace' }));
    await joinParticipant(server.url, joined.code, 'Tardif-Okapi');
    expect(lastActivityOf(server.dataDir, idle.sessionId)).toBe(created);
    expect(lastActivityOf(server.dataDir, busy.sessionId)).toBe(created + 60 * DAY);
    expect(lastActivityOf(server.dataDir, joined.sessionId)).toBe(created + 60 * DAY);
    // A refused command is no activity.
    expect((await busyFacilitator.command({ type: 'setPhase', phase: 'marketplace' })).ok).toBe(false);
    expect(lastActivityOf(server.dataDir, busy.sessionId)).toBe(created + 60 * DAY);

    // Exactly 90 days: not yet.
    clock.advance(30 * DAY);
    expect(server.app.purgeExpired()).toBe(0);
    expect(server.app.sessions.get(idle.sessionId)).toBeDefined();

    // A minute past 90 days: the idle session goes, as a facilitator's deletion would.
    const told = new Promise<void>((resolve) => idlePhone.socket.once('session-deleted', () => resolve()));
    const disconnected = new Promise<string>((resolve) => idleScreen.socket.once('disconnect', (reason) => resolve(reason)));
    clock.advance(60_000);
    expect(server.app.purgeExpired()).toBe(1);
    await told;
    expect(await disconnected).toBe('io server disconnect');
    expect(server.app.sessions.get(idle.sessionId)).toBeUndefined();
    for (const [table, count] of Object.entries(rowsOfSession(server.dataDir, idle.sessionId))) expect(count, table).toBe(0);
    for (const text of ['Atelier-Endormi-Wombat', 'Dormeuse-Narval', idle.sessionId]) expect(filesHolding(server.dataDir, text), text).toEqual([]);
    expect(await TestClient.refusal(server.url, idlePerson.auth)).toBe('NOT_FOUND');

    // The two others stay, with everything in them.
    for (const session of [busy, joined]) {
      expect(server.app.sessions.get(session.sessionId)).toBeDefined();
      expect(rowsOfSession(server.dataDir, session.sessionId)['sessions']).toBe(1);
    }
    expect(filesHolding(server.dataDir, 'Tardif-Okapi')).not.toEqual([]);
    expectOk(await busyFacilitator.command({ type: 'setPhase', phase: 'lobby' }));

    // Their turn comes 90 days after their own last activity: the join at day 60, the command just now.
    clock.advance(90 * DAY);
    expect(server.app.purgeExpired()).toBe(1);
    expect(server.app.sessions.get(joined.sessionId)).toBeUndefined();
    expect(server.app.sessions.get(busy.sessionId)).toBeDefined();
    clock.advance(60_000);
    expect(server.app.purgeExpired()).toBe(1);
    expect([...server.app.sessions.rooms()]).toEqual([]);
  });

  it('purges at start-up, going by the configured number of days', async () => {
    const clock = new ManualClock();
    const dataDir = makeTempDir('purge-restart');
    dirs.push(dataDir);
    const first = await start(clock, {}, dataDir);
    const old = await createSession(first.url, { title: 'Atelier-Ancien-Tatou' });
    clock.advance(5 * DAY);
    const recent = await createSession(first.url, { title: 'Atelier-Recent-Gecko' });
    await first.stop();
    servers.splice(servers.indexOf(first), 1);

    clock.advance(3 * DAY);
    const second = await start(clock, { purgeAfterDays: 7 }, dataDir);
    expect(second.app.sessions.get(old.sessionId)).toBeUndefined();
    expect(second.app.sessions.get(recent.sessionId)).toBeDefined();
    expect(rowsOfSession(dataDir, old.sessionId)['sessions']).toBe(0);
    expect(filesHolding(dataDir, 'Atelier-Ancien-Tatou')).toEqual([]);
    expect(filesHolding(dataDir, 'Atelier-Recent-Gecko')).not.toEqual([]);
  });

  it('runs by itself every hour, on a timer that close() stops', async () => {
    expect(PURGE_INTERVAL_MS).toBe(60 * 60 * 1000);
    // Only intervals are faked: sockets and HTTP keep their real timeouts.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const clock = new ManualClock();
    const server = await start(clock);
    const session = await createSession(server.url);
    clock.advance(DEFAULT_PURGE_AFTER_DAYS * DAY + 1);

    vi.advanceTimersByTime(PURGE_INTERVAL_MS - 1000);
    expect(server.app.sessions.get(session.sessionId)).toBeDefined();
    vi.advanceTimersByTime(1000);
    expect(server.app.sessions.get(session.sessionId)).toBeUndefined();
    expect(rowsOfSession(server.dataDir, session.sessionId)['sessions']).toBe(0);

    expect(vi.getTimerCount()).toBe(1);
    await server.stop();
    servers.splice(servers.indexOf(server), 1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('purges on a shorter interval too (the timer calls the same purge)', async () => {
    const clock = new ManualClock();
    const server = await start(clock, { purgeIntervalMs: 20 });
    const session = await createSession(server.url);
    clock.advance(DEFAULT_PURGE_AFTER_DAYS * DAY + 1);
    await until(() => server.app.sessions.get(session.sessionId) === undefined, 'the timed purge');
  });

  it('reads PURGE_AFTER_DAYS as whole days, 90 by default, and refuses nonsense', () => {
    expect(readEnv({}).purgeAfterDays).toBe(90);
    expect(readEnv({ PURGE_AFTER_DAYS: '30' }).purgeAfterDays).toBe(30);
    for (const wrong of ['0', '-5', '1.5', 'ninety', '']) {
      expect(() => readEnv({ PURGE_AFTER_DAYS: wrong }), wrong).toThrow();
    }
  });
});
