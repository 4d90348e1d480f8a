import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ChildServer, SpawnOptions } from '../../tests/helpers/childServer.ts';
import type { MemoryReading, WindowReading } from '../load/probeMessages.ts';
import { expectAnswer, probeClient } from '../load/serverProcess.ts';

const probeUrl = pathToFileURL(fileURLToPath(new URL('../load/probe.ts', import.meta.url))).href;

/** Spawn options that load the load benchmark's probe into the server, answering over IPC. */
export function withProbe(options: SpawnOptions): SpawnOptions {
  return { ...options, ipc: true, nodeArgs: ['--expose-gc', '--import', 'tsx', '--import', probeUrl, ...(options.nodeArgs ?? [])] };
}

export interface Probe {
  /** RSS, heap used and external memory, after a forced GC. */
  memory(): Promise<MemoryReading>;
  /** Starts a window for `windowEnd`: CPU share and event-loop delay since then. */
  windowStart(): Promise<void>;
  windowEnd(): Promise<WindowReading>;
}

/** The probe inside one server process (a restart makes a new process, and a new probe). */
export function probeOf(server: ChildServer): Probe {
  const ask = probeClient(server.process);
  return {
    memory: async () => expectAnswer(await ask('memory'), 'memory').reading,
    windowStart: async () => void expectAnswer(await ask('windowStart'), 'windowStart'),
    windowEnd: async () => expectAnswer(await ask('windowEnd'), 'windowEnd').reading,
  };
}
