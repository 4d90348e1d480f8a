import { BURST, ROOM_SIZES } from './matrix.ts';
import type { RunOutcome, RunResult } from './runOne.ts';
import type { ServerKind } from './scenario.ts';

/** The bar for the app, checked against what was measured. */
export const TARGET = {
  connected: Math.max(...ROOM_SIZES),
  p99Ms: 150,
  ofCoalescingP99: 1.3,
  idleMemoryOfBaseline: 1.5,
  /** What "held" means for the largest room size reported. */
  held: { deliveredShare: 0.999, p99Ms: 500 },
};

export interface Verdict {
  target: string;
  measured: string;
  /** `null`: not measured in this run (a smaller room, a missing baseline, a failed or invalid run). */
  met: boolean | null;
}

export function isRun(outcome: RunOutcome): outcome is RunResult {
  return !('error' in outcome);
}

export function deliveredShare(run: RunResult): number {
  return run.burst.eligiblePairs === 0 ? 1 : run.burst.deliveredPairs / run.burst.eligiblePairs;
}

/** INVALID: the generator was saturated; NOISY: other processes took CPU from the ones measured. */
export function runStatus(run: RunResult): 'valid' | 'INVALID' | 'NOISY' {
  return !run.valid ? 'INVALID' : !run.quiet ? 'NOISY' : 'valid';
}

function caveatOf(run: RunResult): string {
  const status = runStatus(run);
  if (status === 'INVALID') return ' (run INVALID: generator above 80 % CPU)';
  if (status === 'NOISY') return ` (run NOISY: other processes used ${run.otherCpu.toFixed(2)} cores)`;
  return '';
}

/** The largest room size at which a server held a load, and the first size that did not, with why. */
export interface Held {
  largest: number | null;
  stoppedAt: { participants: number; why: string } | null;
}

/**
 * Every smaller size measured must have held too: a failure at a small size is not hidden by a
 * lucky large one. A NOISY or INVALID run stops the count as well, since it proves nothing.
 */
export function largestHeld(outcomes: readonly RunOutcome[], kind: ServerKind, loadName: string): Held {
  const mine = outcomes.filter((o) => o.kind === kind && o.scenario.load.name === loadName).sort((a, b) => a.scenario.participants - b.scenario.participants);
  let largest: number | null = null;
  for (const outcome of mine) {
    const why = whyNotHeld(outcome);
    if (why !== null) return { largest, stoppedAt: { participants: outcome.scenario.participants, why } };
    largest = outcome.scenario.participants;
  }
  return { largest, stoppedAt: null };
}

function whyNotHeld(outcome: RunOutcome): string | null {
  if (!isRun(outcome)) return 'failed';
  const status = runStatus(outcome);
  if (status !== 'valid') return status;
  if (deliveredShare(outcome) < TARGET.held.deliveredShare) return `${(100 * deliveredShare(outcome)).toFixed(1)} % delivered`;
  if (outcome.burst.latency.p99 > TARGET.held.p99Ms) return `p99 ${formatMs(outcome.burst.latency.p99)}`;
  return null;
}

/** The verdicts on the burst at the largest room size run (the issue asks for 2,000). */
export function judgeTargets(outcomes: readonly RunOutcome[]): Verdict[] {
  const burstRuns = outcomes.filter((o) => o.scenario.load.name === BURST.name);
  const size = Math.max(0, ...burstRuns.map((o) => o.scenario.participants));
  const find = (kind: ServerKind) => burstRuns.find((o) => o.kind === kind && o.scenario.participants === size);
  const app = find('app');
  const at = `N=${size.toLocaleString('en-US')}, ${BURST.name}`;
  if (!app || !isRun(app)) {
    const why = app && 'error' in app ? `the app run failed: ${app.error}` : `this run did not include the burst (${BURST.name})`;
    return [{ target: 'the app under the burst', measured: why, met: null }];
  }
  const caveat = caveatOf(app);
  const judged = (met: boolean): boolean | null => (caveat === '' ? met : null);
  const coalescing = find('coalescing');
  const bare = find('bare');
  const wholeRoom = app.burst.connected === size + 2;
  return [
    {
      target: `${TARGET.connected.toLocaleString('en-US')} phones connected`,
      measured: `${app.burst.connected.toLocaleString('en-US')} screens (${size.toLocaleString('en-US')} phones, facilitator, projector)`,
      met: size >= TARGET.connected ? wholeRoom : null,
    },
    {
      target: `100 % delivered (${at})`,
      measured: `${(100 * deliveredShare(app)).toFixed(3)} % of ${app.burst.eligiblePairs.toLocaleString('en-US')} dot × screen pairs, ${app.burst.accepted} of ${app.burst.sent} dots accepted${caveat}`,
      met: judged(app.burst.deliveredPairs === app.burst.eligiblePairs && app.burst.accepted === app.burst.sent),
    },
    {
      target: `p99 ≤ ${TARGET.p99Ms} ms (${at})`,
      measured: `p99 ${formatMs(app.burst.latency.p99)}${caveat}`,
      met: judged(app.burst.latency.p99 <= TARGET.p99Ms),
    },
    compared(
      `p99 ≤ ${TARGET.ofCoalescingP99} × the coalescing baseline's`,
      app,
      coalescing,
      (run) => run.burst.latency.p99,
      TARGET.ofCoalescingP99,
      formatMs,
      'burst',
    ),
    // Idle memory is judged once the server sat idle (`settled`): read right after the join, RSS still
    // holds pages V8 and malloc keep from the join's garbage for a few seconds. That reading is judged
    // too, so that neither hides the other. The live heap after GC is what the connections hold.
    compared(
      `idle RSS per connection ≤ ${TARGET.idleMemoryOfBaseline} × the bare baseline's, settled`,
      app,
      bare,
      (run) => run.memory.settled?.rssPerConnection ?? null,
      TARGET.idleMemoryOfBaseline,
      kilobytes,
      'idle',
    ),
    compared(
      `idle heap per connection ≤ ${TARGET.idleMemoryOfBaseline} × the bare baseline's, settled`,
      app,
      bare,
      (run) => run.memory.settled?.heapPerConnection ?? null,
      TARGET.idleMemoryOfBaseline,
      kilobytes,
      'idle',
    ),
    compared(
      `RSS per connection right after the join ≤ ${TARGET.idleMemoryOfBaseline} × the bare baseline's`,
      app,
      bare,
      (run) => run.memory.rssPerConnection,
      TARGET.idleMemoryOfBaseline,
      kilobytes,
      'idle',
    ),
  ];
}

/** What a comparison reads: the burst's latency (which a NOISY or INVALID run spoils) or the idle memory before it (which it does not). */
type Measured = 'burst' | 'idle';

function compared(
  target: string,
  app: RunResult,
  baseline: RunOutcome | undefined,
  measure: (run: RunResult) => number | null,
  factor: number,
  show: (value: number) => string,
  when: Measured,
): Verdict {
  if (!baseline || !isRun(baseline)) return { target, measured: 'baseline not measured', met: null };
  const ours = measure(app);
  const theirs = measure(baseline);
  if (ours === null || theirs === null) return { target, measured: 'not measured in this run (no settled reading: a --quick run)', met: null };
  const caveat = when === 'burst' ? caveatOf(app) || caveatOf(baseline) : '';
  return {
    target,
    measured: `${show(ours)} vs ${show(theirs)} (×${(ours / theirs).toFixed(2)})${caveat}`,
    met: caveat === '' ? ours <= factor * theirs : null,
  };
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'lost';
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}
