import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BurstResult, FromGenerator, ToGenerator } from './generatorMessages.ts';
import type { Scenario } from './scenario.ts';
import { pinned } from './serverProcess.ts';

const generatorEntry = fileURLToPath(new URL('generator.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const ANSWER_TIMEOUT_MS = 180_000;

type Answer<T extends FromGenerator['type']> = Extract<FromGenerator, { type: T }>;

export interface GeneratorProcess {
  setup(url: string, scenario: Scenario): Promise<{ connected: number; setupMs: number }>;
  /** Runs the burst; `onDrained` runs as soon as its window closes, before the generator's analysis. */
  go(onDrained: () => Promise<void>): Promise<BurstResult>;
  stop(): Promise<void>;
}

/** The load generator in a process of its own, pinned to its own core, driven over IPC. */
export function startGenerator(cpu: number | null): GeneratorProcess {
  const [command = process.execPath, ...args] = pinned(cpu, [process.execPath, '--import', 'tsx', generatorEntry]);
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  // Messages may come several in one read: they wait in an inbox, never for a listener to be attached.
  const inbox: FromGenerator[] = [];
  let wake: () => void = () => undefined;
  child.on('message', (answer: FromGenerator) => {
    inbox.push(answer);
    wake();
  });
  child.once('exit', () => wake());

  const next = async <T extends FromGenerator['type']>(expected: T, what: string): Promise<Answer<T>> => {
    const deadline = Date.now() + ANSWER_TIMEOUT_MS;
    while (inbox.length === 0) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The generator exited with ${child.exitCode ?? child.signalCode}`);
      if (Date.now() > deadline) throw new Error(`The generator did not answer ${what}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 1000);
      });
    }
    const answer = inbox.shift() as FromGenerator;
    if (answer.type === expected) return answer as Answer<T>;
    throw new Error(answer.type === 'failed' ? answer.message : `The generator answered ${answer.type} to ${what}`);
  };
  const order = (message: ToGenerator): void => void child.send(message);

  return {
    async setup(url, scenario) {
      order({ type: 'setup', url, scenario });
      const { connected, setupMs } = await next('ready', 'setup');
      return { connected, setupMs };
    },
    async go(onDrained) {
      order({ type: 'go' });
      await next('drained', 'go');
      await onDrained();
      return (await next('done', 'go')).result;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
