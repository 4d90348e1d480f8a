import { printTable, ratio, type Cell } from '../table.ts';
import { SETTLE_MS } from './matrix.ts';
import { GENERATOR_CPU_LIMIT, OTHER_CPU_LIMIT, type RunOutcome, type RunResult } from './runOne.ts';
import { SERVER_KINDS, SERVER_LABELS, scenarioName, type Scenario } from './scenario.ts';
import { deliveredShare, formatMs, isRun, judgeTargets, largestHeld, runStatus, TARGET, type Held } from './targets.ts';

type Row = [label: string, value: (run: RunResult) => Cell, compare?: (run: RunResult) => number];

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const settledKb = (r: RunResult, which: 'rssPerConnection' | 'heapPerConnection'): string =>
  r.memory.settled ? kb(r.memory.settled[which]) : '-';
const cpu = (share: number): string => `${Math.round(100 * share)} %`;
/** A ratio only between two measured figures: a lost dot's Infinity has none. */
const finiteRatio = (ours: number, baseline: number): string => (Number.isFinite(ours) && Number.isFinite(baseline) ? ratio(ours, baseline) : '-');

const ROWS: Row[] = [
  ['screens connected', (r) => r.burst.connected],
  ['dots accepted / sent', (r) => `${r.burst.accepted} / ${r.burst.sent}`],
  ['dots without ack', (r) => r.burst.unacked],
  ['delivered (dot × screen)', (r) => `${(100 * deliveredShare(r)).toFixed(2)} %`],
  ['latency p50', (r) => formatMs(r.burst.latency.p50), (r) => r.burst.latency.p50],
  ['latency p95', (r) => formatMs(r.burst.latency.p95), (r) => r.burst.latency.p95],
  ['latency p99', (r) => formatMs(r.burst.latency.p99), (r) => r.burst.latency.p99],
  ['latency max', (r) => formatMs(r.burst.latency.max)],
  ['votes/s', (r) => r.burst.votesPerSecond],
  ['messages/s out', (r) => Math.round(r.burst.messagesPerSecond)],
  ['RSS / connection, just joined', (r) => kb(r.memory.rssPerConnection), (r) => r.memory.rssPerConnection],
  ['heap / connection, just joined', (r) => kb(r.memory.heapPerConnection), (r) => r.memory.heapPerConnection],
  ['idle RSS / connection, settled', (r) => settledKb(r, 'rssPerConnection'), (r) => r.memory.settled?.rssPerConnection ?? Number.NaN],
  ['idle heap / connection, settled', (r) => settledKb(r, 'heapPerConnection'), (r) => r.memory.settled?.heapPerConnection ?? Number.NaN],
  ['event-loop delay p99 / max', (r) => `${formatMs(r.server.loopDelayP99Ms)} / ${formatMs(r.server.loopDelayMaxMs)}`],
  ['server CPU', (r) => cpu(r.server.cpu)],
  ['generator CPU', (r) => cpu(r.burst.cpu)],
  ['generator send lag p99', (r) => formatMs(r.burst.sendLagP99Ms)],
  ['other processes\' CPU', (r) => cpu(r.otherCpu)],
  ['run', runStatus],
];

const JITTER_ROWS: Row[] = [
  ['sockets cut', (r) => r.burst.cutSockets],
  ['dots skipped (voter cut)', (r) => r.burst.skippedOffline],
  ['acks lost with a cut', (r) => r.burst.ackLostToCut],
  ['pairs left out (cut first)', (r) => r.burst.cutPairs],
  ['gaps resynced', (r) => r.burst.gaps],
];

/** What the rows mean, printed once before the tables. */
export function printLegend(): void {
  console.log(`
  latency: from a dot's planned time (sent then whatever the server is doing) until the last other
    connected screen had it; "lost" when a screen never had it or the dot was never acknowledged
  delivered: dot × screen pairs that arrived, out of those that should have
  memory per connection: (after everyone joined − at start) / screens, each after a forced GC; "just
    joined" is read at once, "settled" after the server sat idle ${SETTLE_MS / 1000} s (and the start reading too)
  run: INVALID when the generator used more than ${100 * GENERATOR_CPU_LIMIT} % of a core; NOISY when other
    processes used more than ${OTHER_CPU_LIMIT} of a core during the burst (their figures are not the servers' alone)`);
}

/** One table per scenario: the app beside both baselines, and app / baseline for the ratios that matter. */
export function printScenario(scenario: Scenario, outcomes: readonly RunOutcome[]): void {
  const columns = SERVER_KINDS.map((kind) => outcomes.find((o) => o.kind === kind && o.scenario === scenario));
  const present = columns.filter((o): o is RunOutcome => o !== undefined);
  const runs = present.map((o) => (isRun(o) ? o : null));
  const app = runs.find((r) => r?.kind === 'app');
  const bare = runs.find((r) => r?.kind === 'bare');
  const coalescing = runs.find((r) => r?.kind === 'coalescing');
  const rows = scenario.load.cut ? [...ROWS, ...JITTER_ROWS] : ROWS;
  printTable(
    scenarioName(scenario),
    ['', ...present.map((o) => SERVER_LABELS[o.kind]), 'app/bare', 'app/coalescing'],
    rows.map(([label, value, compare]) => [
      label,
      ...runs.map((run) => (run ? value(run) : 'failed')),
      compare && app && bare ? finiteRatio(compare(app), compare(bare)) : '',
      compare && app && coalescing ? finiteRatio(compare(app), compare(coalescing)) : '',
    ]),
  );
  for (const outcome of present) if ('error' in outcome) console.log(`  ${SERVER_LABELS[outcome.kind]} failed: ${outcome.error}`);
  if (scenario.load.cut) {
    console.log('  Only dots from phones online at their planned time count, and only for screens online then and until they had it.');
  }
}

/** "2,000", or "500 (2,000: p99 612 ms)", or "none (50: NOISY)". */
function heldCell({ largest, stoppedAt }: Held): string {
  const size = largest === null ? 'none' : largest.toLocaleString('en-US');
  return stoppedAt ? `${size} (${stoppedAt.participants.toLocaleString('en-US')}: ${stoppedAt.why})` : size;
}

export function printSummary(outcomes: readonly RunOutcome[]): void {
  const loads = [...new Map(outcomes.map((o) => [o.scenario.load.name, o.scenario.load])).values()];
  const kinds = SERVER_KINDS.filter((kind) => outcomes.some((o) => o.kind === kind));
  printTable(
    `Largest N held: ≥ ${100 * TARGET.held.deliveredShare} % delivered and p99 ≤ ${TARGET.held.p99Ms} ms in a valid, quiet run, every smaller N too`,
    ['', ...kinds.map((kind) => SERVER_LABELS[kind])],
    loads.map((load) => [load.name, ...kinds.map((kind) => heldCell(largestHeld(outcomes, kind, load.name)))]),
  );
  console.log('\nTargets for the app');
  for (const verdict of judgeTargets(outcomes)) {
    const mark = verdict.met === null ? 'NOT MEASURED' : verdict.met ? 'MET' : 'MISSED';
    console.log(`  ${mark.padEnd(12)} ${verdict.target}: ${verdict.measured}`);
  }
}
