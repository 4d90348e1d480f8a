/**
 * `npm run bench:reconnect [-- --clients 2000 --burst 300]`: a room of phones (one generator
 * process; TestClients that follow the stream by version and recover as the app does, with its
 * reconnection settings and transports) attached to one session while the server restarts: by
 * SIGTERM, by SIGKILL, and by SIGKILL right after it wrote a snapshot. Prints how long until 95 %
 * and 100 % are back and at the server's version, the shape of the curve, and the server's load.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { SocketAuth } from '@forum-ouvert/shared';
import { newCommandId, TestClient, type ConnectOptions } from '../../tests/helpers/client.ts';
import { Supervisor } from '../../tests/helpers/crash/supervisor.ts';
import { snapshotSeqOf } from '../../tests/helpers/database.ts';
import { createSession, joinParticipant, type ParticipantHandle } from '../../tests/helpers/http.ts';
import { bundleServer } from '../../tests/helpers/serverBundle.ts';
import { makeTempDir, removeDir } from '../../tests/helpers/tempDir.ts';
import { withProbe } from '../crash/probedServer.ts';
import { percent, printTable } from '../table.ts';
import { histogram, timeToShare } from './curve.ts';
import { measureStorm, type Scenario, type StormResult } from './storm.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '2000' },
    burst: { type: 'string', default: '300' },
    'burst-ms': { type: 'string', default: '1000' },
    deadline: { type: 'string', default: '60000' },
    // Websocket from the start, as the load benchmark's phones; the app starts on long-polling.
    websocket: { type: 'boolean', default: false },
    // A server bundled elsewhere (`FO_BUILD_DIR=.tmp/x node server/build.mjs`), to compare two versions.
    entry: { type: 'string' },
  },
});
const clients = Number(values.clients);
const SCENARIOS: Scenario[] = [
  { label: 'SIGTERM', signal: 'SIGTERM', afterSnapshot: false },
  { label: 'SIGKILL', signal: 'SIGKILL', afterSnapshot: false },
  { label: 'SIGKILL at a snapshot', signal: 'SIGKILL', afterSnapshot: true },
];
const AT_ONCE = 100;
/** As client/src/net/socket.ts and client/src/net/sync.ts: Socket.IO's backoff with jitter, default transports, and the sync retry. */
const PHONE: ConnectOptions = {
  reconnection: true,
  reconnectionDelay: 1000,
  reconnectionDelayMax: 8000,
  randomizationFactor: 0.5,
  transports: values.websocket ? ['websocket'] : ['polling', 'websocket'],
  phoneRecovery: true,
  keepHistory: false,
  mirror: false,
};

console.log('Forum Ouvert reconnect storm');
console.log(`  ${clients} phones in one generator, ${values.websocket ? 'websocket' : 'long-polling then websocket'}, ` +
  `reconnection 1,000–8,000 ms with jitter 0.5 (client/src/net/socket.ts); node ${process.version}, ` +
  `${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(1)}`);
console.log(`  each restart comes during a burst of ${values.burst} dots over ${values['burst-ms']} ms; server: ${values.entry ?? 'the current source, bundled'}`);

const bundle = values.entry ? { entry: values.entry, remove: () => undefined } : await bundleServer();
const dataDir = makeTempDir('reconnect');
const supervisor = await Supervisor.start(dataDir, withProbe({ entry: bundle.entry }));
const phones: TestClient[] = [];
try {
  const session = await createSession(supervisor.url);
  const people: ParticipantHandle[] = [];
  const started = performance.now();
  for (let i = 0; i < clients; i += AT_ONCE) {
    const joined = await Promise.all(Array.from({ length: Math.min(AT_ONCE, clients - i) }, (_, k) => joinParticipant(supervisor.url, session.code, `Personne ${i + k}`)));
    people.push(...joined);
    phones.push(...(await Promise.all(joined.map((person) => TestClient.connect(supervisor.url, person.auth, PHONE)))));
  }
  console.log(`  ${phones.length} phones joined and connected in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const topicIds = await openVote(supervisor.url, session.facilitatorAuth, phones.slice(0, 10));

  const setup = {
    supervisor,
    phones,
    facilitatorAuth: session.facilitatorAuth,
    topicIds,
    burst: Number(values.burst),
    burstMs: Number(values['burst-ms']),
    deadlineMs: Number(values.deadline),
    snapshotSeq: () => snapshotSeqOf(dataDir, session.sessionId),
  };
  const results: StormResult[] = [];
  for (const scenario of SCENARIOS) {
    results.push(await measureStorm(setup, scenario));
    console.log(`  ${scenario.label}: done`);
  }
  report(results);
} finally {
  for (const phone of phones) phone.close();
  await supervisor.stop('SIGKILL');
  bundle.remove();
  removeDir(dataDir);
}

/** Ten topics proposed by the first phones, then the vote, with room for many dots each. */
async function openVote(url: string, facilitatorAuth: SocketAuth, proposers: readonly TestClient[]): Promise<string[]> {
  const facilitator = await TestClient.connect(url, facilitatorAuth);
  try {
    await facilitator.command({ type: 'setPhase', phase: 'marketplace' });
    await Promise.all(proposers.map((phone, i) => phone.command({ type: 'proposeTopic', title: `Sujet ${i}`, description: '', themeId: null }, newCommandId())));
    await facilitator.command({ type: 'updateVoteSettings', settings: { dotBudget: 20, allowStacking: true, tallyMode: 'live' } });
    const opened = await facilitator.command({ type: 'setPhase', phase: 'voting' });
    if (!opened.ok) throw new Error(`The vote did not open: ${opened.error.code}`);
    await facilitator.waitForVersion(opened.version);
    const topicIds = Object.keys(facilitator.state?.topics ?? {});
    if (topicIds.length === 0) throw new Error('No topics to vote on');
    return topicIds;
  } finally {
    facilitator.close();
  }
}

function report(results: readonly StormResult[]): void {
  const s = (ms: number) => (Number.isNaN(ms) ? 'never' : (ms / 1000).toFixed(2));
  printTable(`Restart with ${clients} phones attached (seconds from the signal)`, ['', ...results.map((r) => r.scenario.label)], [
    ['new server listening', ...results.map((r) => s(r.restartMs))],
    ['dots of the burst acked', ...results.map((r) => r.burstAcked)],
    ['phones behind the restored snapshot at the cut', ...results.map((r) => r.behindSnapshot)],
    ['95 % connected again', ...results.map((r) => s(timeToShare(r.backMs, 0.95)))],
    ['100 % connected again', ...results.map((r) => s(timeToShare(r.backMs, 1)))],
    ['95 % connected and in sync (version = server)', ...results.map((r) => s(timeToShare(r.syncedMs, 0.95)))],
    ['100 % connected and in sync', ...results.map((r) => s(timeToShare(r.syncedMs, 1)))],
    ['failures (not in sync by the deadline)', ...results.map((r) => r.syncedMs.filter(Number.isNaN).length)],
    ['server CPU while they came back', ...results.map((r) => percent(r.server.cpu))],
    ['server event-loop delay p99 / max (ms)', ...results.map((r) => `${r.server.loopDelayP99Ms.toFixed(0)} / ${r.server.loopDelayMaxMs.toFixed(0)}`)],
    ['generator CPU (near 100 %: it measures itself)', ...results.map((r) => percent(r.generatorCpu))],
  ]);
  for (const r of results) {
    console.log(`\nPhones connected and in sync over time, ${r.scenario.label} (0.5 s buckets)`);
    for (const line of histogram(r.syncedMs, 500)) console.log(line);
  }
}
