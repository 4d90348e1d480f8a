import { availableParallelism, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BurstResult } from './generatorMessages.ts';
import { busyCores, cpuTimes, type CpuTimes } from './machine.ts';
import { startGenerator } from './generatorProcess.ts';
import type { MemoryReading, WindowReading } from './probeMessages.ts';
import type { Scenario, ServerKind } from './scenario.ts';
import { startServerUnderTest } from './serverProcess.ts';

/** Above this share of one core the generator itself may be what is slow, and the run proves nothing. */
export const GENERATOR_CPU_LIMIT = 0.8;
/** Other processes using more than this many cores during the burst took them from the server or the generator. */
export const OTHER_CPU_LIMIT = 0.25;

export interface RunResult {
  kind: ServerKind;
  scenario: Scenario;
  setupMs: number;
  /**
   * Server memory after a forced GC: at start, and once everyone joined, before the burst. `idle`
   * is read at once; `settled` after the server sat idle `scenario.settleMs` (null when 0), and
   * then `atStart` too was read after that long idle.
   */
  memory: {
    atStart: MemoryReading;
    idle: MemoryReading;
    rssPerConnection: number;
    heapPerConnection: number;
    settled: { idle: MemoryReading; rssPerConnection: number; heapPerConnection: number } | null;
  };
  server: WindowReading;
  burst: BurstResult;
  /** The generator stayed under GENERATOR_CPU_LIMIT: otherwise the run is INVALID. */
  valid: boolean;
  /** Cores kept busy during the burst by everything but the server and the generator. */
  otherCpu: number;
  /** Other processes stayed under OTHER_CPU_LIMIT: otherwise the run is NOISY and its figures are not the servers' alone. */
  quiet: boolean;
  /** 1-minute load average just before the run: other work on the machine shows here. */
  loadAverage: number;
}

export type RunOutcome = RunResult | { kind: ServerKind; scenario: Scenario; error: string };

/** Server on the first core, generator on the second, when there are two. */
const CPUS = availableParallelism() >= 2 ? { server: 0, generator: 1 } : { server: null, generator: null };

/** One server kind under one scenario: fresh processes both, so nothing carries over from a run to the next. */
export async function runOne(kind: ServerKind, scenario: Scenario): Promise<RunOutcome> {
  const loadAverage = loadavg()[0] ?? 0;
  const server = await startServerUnderTest(kind, CPUS.server);
  const generator = startGenerator(CPUS.generator);
  try {
    await sleep(scenario.settleMs);
    const atStart = await server.memory();
    const { connected, setupMs } = await generator.setup(server.url, scenario);
    const idle = await server.memory();
    const settledIdle = scenario.settleMs > 0 ? (await sleep(scenario.settleMs), await server.memory()) : null;
    await server.windowStart();
    const before = cpuTimes();
    let window: WindowReading | undefined;
    let after: CpuTimes | undefined;
    const burst = await generator.go(async () => {
      after = cpuTimes();
      window = await server.windowEnd();
    });
    if (!window || !after) throw new Error('The server window never closed');
    const otherCpu = Math.max(0, busyCores(before, after, availableParallelism()) - window.cpu - burst.cpu);
    return {
      kind,
      scenario,
      setupMs,
      memory: {
        atStart,
        idle,
        ...perConnection(atStart, idle, connected),
        settled: settledIdle && { idle: settledIdle, ...perConnection(atStart, settledIdle, connected) },
      },
      server: window,
      burst,
      valid: burst.cpu <= GENERATOR_CPU_LIMIT,
      otherCpu,
      quiet: otherCpu <= OTHER_CPU_LIMIT,
      loadAverage,
    };
  } catch (error) {
    return { kind, scenario, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await generator.stop();
    await server.stop();
  }
}

function perConnection(atStart: MemoryReading, idle: MemoryReading, connected: number) {
  return { rssPerConnection: (idle.rss - atStart.rss) / connected, heapPerConnection: (idle.heapUsed - atStart.heapUsed) / connected };
}
