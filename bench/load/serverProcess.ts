import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeTempDir, removeDir } from '../../tests/helpers/tempDir.ts';
import type { MemoryReading, ProbeAnswer, ProbeQuestion, ProbeRequest, WindowReading } from './probeMessages.ts';
import type { ServerKind } from './scenario.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const probeUrl = pathToFileURL(fileURLToPath(new URL('probe.ts', import.meta.url))).href;
const baselineEntry = fileURLToPath(new URL('baselineServer.ts', import.meta.url));

/** The app's real entry point run through tsx (as `npm run dev` and the tests' spawnServer run it). */
const APP_ENTRY = 'server/src/index.ts';
const START_TIMEOUT_MS = 30_000;

export interface ServerUnderTest {
  kind: ServerKind;
  url: string;
  memory(): Promise<MemoryReading>;
  windowStart(): Promise<void>;
  windowEnd(): Promise<WindowReading>;
  stop(): Promise<void>;
}

/** `taskset -c <cpu>` in front of a command where taskset exists, so that server and generator do not share a core. */
export function pinned(cpu: number | null, command: string[]): string[] {
  return cpu !== null && existsSync('/usr/bin/taskset') ? ['/usr/bin/taskset', '-c', String(cpu), ...command] : command;
}

/** Starts one server under test in its own process, with the probe loaded, and waits until it listens. */
export async function startServerUnderTest(kind: ServerKind, cpu: number | null): Promise<ServerUnderTest> {
  const dataDir = kind === 'app' ? makeTempDir('load') : null;
  const entry = kind === 'app' ? [APP_ENTRY] : kind === 'coalescing' ? [baselineEntry, '--coalesce'] : [baselineEntry];
  const node = [process.execPath, '--expose-gc', ...profiling(), '--import', 'tsx', '--import', probeUrl];
  const [command = process.execPath, ...args] = pinned(cpu, [...node, ...entry]);
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...(dataDir ? { DATA_DIR: dataDir } : {}) },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await listeningPort(child);
  const ask = probeClient(child);
  return {
    kind,
    url: `http://127.0.0.1:${port}`,
    memory: async () => expectAnswer(await ask('memory'), 'memory').reading,
    windowStart: async () => void expectAnswer(await ask('windowStart'), 'windowStart'),
    windowEnd: async () => expectAnswer(await ask('windowEnd'), 'windowEnd').reading,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      if (dataDir) removeDir(dataDir);
    },
  };
}

/** `BENCH_CPU_PROF_DIR=<dir>`: each server writes a V8 CPU profile there when it stops (how to find where its time goes). */
function profiling(): string[] {
  const dir = process.env['BENCH_CPU_PROF_DIR'];
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/** Reads the `listening` log line, and keeps draining the output so that a full pipe never blocks the server. */
function listeningPort(child: ChildProcess): Promise<number> {
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start: ${stderr.join('')}`)), START_TIMEOUT_MS);
    child.once('exit', (code) => reject(new Error(`Server exited with ${code}: ${stderr.join('')}`)));
    if (!child.stdout) return reject(new Error('No stdout pipe'));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const port = portOf(line);
      if (port === undefined) return;
      clearTimeout(timer);
      resolve(port);
    });
  });
}

function portOf(line: string): number | undefined {
  try {
    const entry = JSON.parse(line) as { msg?: unknown; port?: unknown };
    return entry.msg === 'listening' && typeof entry.port === 'number' ? entry.port : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the probe (probe.ts) inside `child` over IPC; the reconnect and soak benches use it too. */
export function probeClient(child: ChildProcess): (question: ProbeQuestion) => Promise<ProbeAnswer> {
  const waiting = new Map<number, (answer: ProbeAnswer) => void>();
  let nextId = 1;
  child.on('message', (answer: ProbeAnswer) => waiting.get(answer.id)?.(answer));
  return (question) =>
    new Promise<ProbeAnswer>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`The probe did not answer ${question}`)), 60_000);
      waiting.set(id, (answer) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(answer);
      });
      const request: ProbeRequest = { id, type: question };
      child.send(request);
    });
}

export function expectAnswer<T extends ProbeAnswer['type']>(answer: ProbeAnswer, type: T): Extract<ProbeAnswer, { type: T }> {
  if (answer.type !== type) throw new Error(`The probe answered ${answer.type} to ${type}`);
  return answer as Extract<ProbeAnswer, { type: T }>;
}
