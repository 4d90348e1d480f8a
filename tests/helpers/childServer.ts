import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildServer {
  url: string;
  process: ChildProcess;
  /** Kills the process and waits for it to be gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** The real entry point in its own process, as `npm run dev` starts it: the only way to test a hard kill. */
export async function spawnServer(dataDir: string): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
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
      if (entry?.msg === 'listening' && typeof entry.port === 'number') {
        clearTimeout(timer);
        resolve(entry.port);
      }
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

function parseLogLine(line: string): { msg?: unknown; port?: unknown } | null {
  try {
    return JSON.parse(line) as { msg?: unknown; port?: unknown };
  } catch {
    return null;
  }
}
