import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../tests/helpers/database.ts';
import type { Probe } from '../crash/probedServer.ts';

/** One reading of the server, every `--sample` seconds. */
export interface Sample {
  atMs: number;
  rssMb: number;
  /** Heap used after a forced GC. */
  heapMb: number;
  /** Memory of Buffers and ArrayBuffers (sockets' frames), outside the heap. */
  externalMb: number;
  loopP99Ms: number;
  cpu: number;
  fds: number;
  walMb: number;
  version: number;
}

const MB = 1024 * 1024;

/** Reads the probe's window since the last sample (then opens the next), memory, open descriptors and the WAL's size. */
export async function takeSample(probe: Probe, pid: number, dataDir: string, atMs: number, version: number): Promise<Sample> {
  const window = await probe.windowEnd();
  await probe.windowStart();
  const memory = await probe.memory();
  return {
    atMs,
    rssMb: memory.rss / MB,
    heapMb: memory.heapUsed / MB,
    externalMb: memory.external / MB,
    loopP99Ms: window.loopDelayP99Ms,
    cpu: window.cpu,
    fds: readdirSync(`/proc/${pid}/fd`).length,
    walMb: walBytes(dataDir) / MB,
    version,
  };
}

function walBytes(dataDir: string): number {
  try {
    return statSync(join(dataDir, `${DATABASE_FILE}-wal`)).size;
  } catch {
    return 0;
  }
}
