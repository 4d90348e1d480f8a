/**
 * `npm run bench:soak [-- --minutes 2 --clients 500]`: a room of phones with periodic bursts
 * for 30 minutes by default. Every `--sample` seconds it reads the server (RSS, heap after GC,
 * event-loop delay p99, open descriptors, WAL size), then prints the series, the trend of each
 * and a flag where it grows beyond what a flat line allows.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { TestClient, type ConnectOptions } from '../../tests/helpers/client.ts';
import { Supervisor } from '../../tests/helpers/crash/supervisor.ts';
import { createSession, joinParticipant, type ParticipantHandle } from '../../tests/helpers/http.ts';
import { seededRandom } from '../../tests/helpers/random.ts';
import { bundleServer } from '../../tests/helpers/serverBundle.ts';
import { makeTempDir, removeDir } from '../../tests/helpers/tempDir.ts';
import { sleep } from '../../tests/helpers/wait.ts';
import { probeOf, withProbe } from '../crash/probedServer.ts';
import { printTable } from '../table.ts';
import { takeSample, type Sample } from './sampler.ts';
import { trendOf, type GrowthLimit } from './trend.ts';
import { SoakWorkload } from './workload.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    clients: { type: 'string', default: '500' },
    sample: { type: 'string', default: '10' },
    cycle: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
  },
});
const minutes = Number(values.minutes);
const clients = Number(values.clients);
const sampleMs = Number(values.sample) * 1000;
const cycleMs = Number(values.cycle) * 1000;
const DOT_BUDGET = 5;
/** Phones that recover as the app's do, following the stream by version only so that hundreds fit in one process. */
const PHONE: ConnectOptions = {
  reconnection: true,
  reconnectionDelay: 1000,
  reconnectionDelayMax: 8000,
  randomizationFactor: 0.5,
  phoneRecovery: true,
  keepHistory: false,
  mirror: false,
};
const AT_ONCE = 100;

/** What "flat" allows between the first and the last third before a series is flagged. */
const LIMITS: Record<'rssMb' | 'heapMb' | 'externalMb' | 'loopP99Ms' | 'fds' | 'walMb', GrowthLimit> = {
  rssMb: { relative: 0.1, absolute: 15 },
  heapMb: { relative: 0.1, absolute: 5 },
  externalMb: { relative: 0.5, absolute: 5 },
  loopP99Ms: { relative: 1, absolute: 20 },
  fds: { relative: 0, absolute: 10 },
  // SQLite checkpoints the WAL every 1,000 pages (4 MB) and reuses the file: it must stop there.
  walMb: { relative: 0.5, absolute: 8 },
};

console.log('Forum Ouvert soak');
console.log(`  ${clients} phones, ${minutes} min, a burst every ${values.cycle} s, a sample every ${values.sample} s; ` +
  `node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(1)}`);

const bundle = await bundleServer();
const dataDir = makeTempDir('soak');
const supervisor = await Supervisor.start(dataDir, withProbe({ entry: bundle.entry }));
const phones: TestClient[] = [];
try {
  const session = await createSession(supervisor.url);
  const facilitator = await TestClient.connect(supervisor.url, session.facilitatorAuth, { keepHistory: false, reconnection: true });
  const people: ParticipantHandle[] = [];
  for (let i = 0; i < clients; i += AT_ONCE) {
    people.push(...(await Promise.all(Array.from({ length: Math.min(AT_ONCE, clients - i) }, (_, k) => joinParticipant(supervisor.url, session.code, `Personne ${i + k}`)))));
    phones.push(...(await Promise.all(people.slice(i, i + AT_ONCE).map((person) => TestClient.connect(supervisor.url, person.auth, PHONE)))));
  }
  await facilitator.command({ type: 'updateVoteSettings', settings: { dotBudget: DOT_BUDGET, allowStacking: true, tallyMode: 'live' } });
  const workload = new SoakWorkload(phones, people, facilitator, seededRandom(Number(values.seed)), DOT_BUDGET);
  await workload.proposeAll();

  const probe = probeOf(supervisor.server);
  await probe.windowStart();
  const samples: Sample[] = [];
  const start = performance.now();
  const end = start + minutes * 60_000;
  let nextSample = start + sampleMs;
  for (let cycle = 1; performance.now() < end; cycle++) {
    const cycleEnd = performance.now() + cycleMs;
    workload.churn(0.01);
    if (cycle % 6 === 0) await workload.marketplaceBurst(Math.round(clients / 5), 1000, cycle);
    else await workload.voteBurst(Math.round(clients / 2), 1000);
    await sleep(Math.max(0, cycleEnd - performance.now()));
    if (performance.now() >= nextSample) {
      samples.push(await takeSample(probe, supervisor.pid, dataDir, performance.now() - start, facilitator.version));
      nextSample += sampleMs;
      const last = samples.at(-1);
      if (last) console.log(`  ${(last.atMs / 1000).toFixed(0).padStart(5)} s  rss ${last.rssMb.toFixed(1)} MB  heap ${last.heapMb.toFixed(1)} MB  external ${last.externalMb.toFixed(1)} MB  loop p99 ${last.loopP99Ms.toFixed(1)} ms  fds ${last.fds}  wal ${last.walMb.toFixed(2)} MB  v${last.version}`);
    }
  }
  facilitator.close();
  report(samples, workload.tally);
} finally {
  for (const phone of phones) phone.close();
  await supervisor.stop('SIGKILL');
  bundle.remove();
  removeDir(dataDir);
}

function report(samples: readonly Sample[], tally: SoakWorkload['tally']): void {
  console.log(`\n  commands: ${tally.sent} sent, ${tally.acked} acked, ${tally.refused} refused, ${tally.unanswered} unanswered; ` +
    `${samples.at(-1)?.version ?? 0} events in the log`);
  const at = samples.map((s) => s.atMs);
  const rows = (Object.keys(LIMITS) as (keyof typeof LIMITS)[]).map((key) => {
    const trend = trendOf(at, samples.map((s) => s[key]), LIMITS[key]);
    return [key, trend.firstThird, trend.lastThird, trend.slopePer10Min, trend.growing ? 'GROWING' : 'flat'];
  });
  printTable(`Trend over ${samples.length} samples (medians of the first and last thirds, least-squares slope)`, ['', 'first third', 'last third', 'slope / 10 min', 'verdict'], rows);
  if (rows.some((row) => row[4] === 'GROWING')) process.exitCode = 1;
}
