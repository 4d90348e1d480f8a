import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildServer {
  url: string;
  port: number;
  process: ChildProcess;
  /** Kills the process and waits for it to be gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

export interface SpawnOptions {
  /** A fixed port, so that clients find the server again at the same address after a restart (default: any free one). */
  port?: number;
  /** More Node flags before the entry point, e.g. `--import` of a probe. */
  nodeArgs?: readonly string[];
  /** A bundled server (`bundleServer()`) run with plain `node`, instead of the source through tsx. */
  entry?: string;
  /** More environment variables. */
  env?: Readonly<Record<string, string>>;
  /** Every line the server logs as JSON, parsed, for as long as it runs. */
  onLog?: (entry: Record<string, unknown>) => void;
  /** Opens an IPC channel to the process, for a probe loaded with `nodeArgs` to answer on. */
  ipc?: boolean;
}

/** The real entry point in its own process, as `npm run dev` starts it: the only way to test a hard kill. */
export async function spawnServer(dataDir: string, options: SpawnOptions = {}): Promise<ChildServer> {
  const program = options.entry ? [options.entry] : ['--import', 'tsx', 'server/src/index.ts'];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...program], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(options.port ?? 0), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...options.env },
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    ...(options.ipc ? { serialization: 'advanced' as const } : {}),
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));

  const stdout = child.stdout;
  if (!stdout) throw new Error('No stdout pipe');
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start: ${stderr.join('')}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`Server exited with ${code}: ${stderr.join('')}`)));
    createInterface({ input: stdout }).on('line', (line) => {
      const entry = parseLogLine(line);
      if (entry) options.onLog?.(entry);
      if (entry?.msg === 'listening' && typeof entry.port === 'number') {
        clearTimeout(timer);
        resolve(entry.port);
      }
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    process: child,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

function parseLogLine(line: string): Record<string, unknown> | null {
  try {
    const entry: unknown = JSON.parse(line);
    return typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
