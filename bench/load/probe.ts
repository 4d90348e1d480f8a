/**
 * Loaded with `node --expose-gc --import` into every server under test, the app included, so
 * that nothing in the app's code knows it is measured. Answers the orchestrator over IPC.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { assertNever } from '@forum-ouvert/shared';
import type { ProbeAnswer, ProbeRequest } from './probeMessages.ts';

/** The histogram records whole sampling intervals, so an idle loop reads this much: it is taken off. */
const RESOLUTION_MS = 10;
const loop = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
loop.enable();
let windowCpu = process.cpuUsage();
let windowStart = performance.now();

function lateness(intervalNs: number): number {
  return Math.max(0, intervalNs / 1e6 - RESOLUTION_MS);
}

function answer(request: ProbeRequest): ProbeAnswer {
  switch (request.type) {
    case 'memory': {
      if (typeof globalThis.gc !== 'function') throw new Error('Start the server with --expose-gc');
      globalThis.gc();
      const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
      return { id: request.id, type: 'memory', reading: { rss, heapUsed, heapTotal, external } };
    }
    case 'windowStart':
      loop.reset();
      windowCpu = process.cpuUsage();
      windowStart = performance.now();
      return { id: request.id, type: 'windowStart' };
    case 'windowEnd': {
      const used = process.cpuUsage(windowCpu);
      const wallMs = performance.now() - windowStart;
      return {
        id: request.id,
        type: 'windowEnd',
        reading: {
          cpu: (used.user + used.system) / 1000 / wallMs,
          loopDelayP99Ms: lateness(loop.percentile(99)),
          loopDelayMaxMs: lateness(loop.max),
        },
      };
    }
    default:
      return assertNever(request.type);
  }
}

if (process.send) {
  process.on('message', (request: ProbeRequest) => process.send?.(answer(request)));
  // A server under test never outlives the benchmark that started it.
  process.on('disconnect', () => process.exit(0));
}
