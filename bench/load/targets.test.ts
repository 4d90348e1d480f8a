import { describe, expect, it } from 'vitest';
import type { BurstResult } from './generatorMessages.ts';
import { BURST } from './matrix.ts';
import type { RunOutcome, RunResult } from './runOne.ts';
import type { ServerKind } from './scenario.ts';
import { judgeTargets, largestHeld } from './targets.ts';

const latency = (p99: number) => ({ count: 1, p50: p99, p95: p99, p99, max: p99 });

function run(kind: ServerKind, participants: number, p99: number, changes: Partial<RunResult> = {}, delivered = 1): RunResult {
  const eligiblePairs = 1000;
  const burst: BurstResult = {
    connected: participants + 2,
    planned: 10,
    sent: 10,
    skippedOffline: 0,
    ackLostToCut: 0,
    accepted: 10,
    refused: 0,
    unacked: 0,
    latency: latency(p99),
    eligiblePairs,
    deliveredPairs: delivered * eligiblePairs,
    cutPairs: 0,
    windowMs: 1000,
    votesPerSecond: 10,
    messagesPerSecond: 100,
    sendLagP99Ms: 1,
    cpu: 0.3,
    gaps: 0,
    cutSockets: 0,
  };
  const reading = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0 };
  const memory = {
    atStart: reading,
    idle: reading,
    rssPerConnection: 10_000,
    heapPerConnection: 5_000,
    settled: { idle: reading, rssPerConnection: 8_000, heapPerConnection: 5_000 },
  };
  return {
    kind,
    scenario: { participants, load: BURST, seed: 1, settleMs: 1 },
    setupMs: 0,
    memory,
    server: { cpu: 0.5, loopDelayP99Ms: 10, loopDelayMaxMs: 20 },
    burst,
    valid: true,
    otherCpu: 0,
    quiet: true,
    loadAverage: 0,
    ...changes,
  };
}

describe('largestHeld', () => {
  it('is the largest room size held with every smaller one held too', () => {
    const outcomes: RunOutcome[] = [run('app', 50, 100), run('app', 500, 400), run('app', 2000, 900)];
    expect(largestHeld(outcomes, 'app', BURST.name)).toEqual({ largest: 500, stoppedAt: { participants: 2000, why: 'p99 900 ms' } });
    expect(largestHeld(outcomes.slice(0, 2), 'app', BURST.name)).toEqual({ largest: 500, stoppedAt: null });
  });

  it('does not let a large size that held hide a smaller one that did not', () => {
    expect(largestHeld([run('app', 50, 100, {}, 0.99), run('app', 500, 100)], 'app', BURST.name)).toEqual({
      largest: null,
      stoppedAt: { participants: 50, why: '99.0 % delivered' },
    });
  });

  it('does not count an invalid or noisy run, nor a failed one, as held', () => {
    const stopped = (outcomes: RunOutcome[]) => largestHeld(outcomes, 'app', BURST.name).stoppedAt?.why;
    expect(stopped([run('app', 50, 100), run('app', 500, 100, { valid: false })])).toBe('INVALID');
    expect(stopped([run('app', 50, 100), run('app', 500, 100, { quiet: false })])).toBe('NOISY');
    const failed: RunOutcome = { kind: 'app', scenario: { participants: 50, load: BURST, seed: 1, settleMs: 0 }, error: 'boom' };
    expect(largestHeld([failed, run('app', 500, 100)], 'app', BURST.name)).toEqual({ largest: null, stoppedAt: { participants: 50, why: 'failed' } });
  });
});

describe('judgeTargets', () => {
  it('judges the burst at 2,000 against the coalescing and the bare baselines', () => {
    const verdicts = judgeTargets([
      run('app', 2000, 140, { memory: { ...run('app', 0, 0).memory, rssPerConnection: 16_000 } }),
      run('bare', 2000, 100),
      run('coalescing', 2000, 100),
    ]);
    // Settled RSS and heap are within 1.5× the bare relay's; RSS right after the join (1.6×) is not.
    expect(verdicts.map((v) => v.met)).toEqual([true, true, true, false, true, true, false]);
  });

  it('judges settled idle memory on the settled reading, not on the one taken right after the join', () => {
    const app = run('app', 2000, 100);
    const settled = app.memory.settled && { ...app.memory.settled, rssPerConnection: 13_000 };
    const verdicts = judgeTargets([{ ...app, memory: { ...app.memory, settled } }, run('bare', 2000, 100), run('coalescing', 2000, 100)]);
    expect(verdicts.slice(4).map((v) => v.met)).toEqual([false, true, true]);
    expect(verdicts[4]?.measured).toBe('12.7 KB vs 7.8 KB (×1.63)');
  });

  it('leaves settled memory unjudged when the run took no settled reading', () => {
    const quick = (kind: ServerKind) => {
      const r = run(kind, 2000, 100);
      return { ...r, memory: { ...r.memory, settled: null } };
    };
    const verdicts = judgeTargets([quick('app'), quick('bare'), quick('coalescing')]);
    expect(verdicts.slice(4).map((v) => v.met)).toEqual([null, null, true]);
  });

  it('judges no latency on a noisy run, and says why, but still the idle memory measured before it', () => {
    const verdicts = judgeTargets([run('app', 2000, 100, { quiet: false, otherCpu: 0.9 }), run('bare', 2000, 100, { valid: false }), run('coalescing', 2000, 100)]);
    expect(verdicts.slice(1).map((v) => v.met)).toEqual([null, null, null, true, true, true]);
    expect(verdicts[2]?.measured).toContain('NOISY');
  });

  it('leaves the 2,000 target unmeasured when the largest room run was smaller', () => {
    expect(judgeTargets([run('app', 500, 100)])[0]?.met).toBeNull();
  });
});
