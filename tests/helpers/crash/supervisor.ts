import { spawnServer, type ChildServer, type SpawnOptions } from '../childServer.ts';
import { sleep } from '../wait.ts';

/**
 * Runs the real server process on one data folder and one port, and treats it badly: SIGKILL
 * then a restart at the same address (phones reconnect to where they were), or SIGSTOP for a
 * while then SIGCONT (a laptop that froze). Keeps count of what it did.
 */
export class Supervisor {
  kills = 0;
  /** Kills that hit the process while it was stopped. */
  killsWhilePaused = 0;
  pauses = 0;
  readonly pausedMs: number[] = [];
  /** From the signal to the new process listening. */
  readonly restartMs: number[] = [];

  private constructor(
    readonly dataDir: string,
    private child: ChildServer,
    private readonly options: SpawnOptions,
  ) {}

  /** Starts the server on a free port, which every restart then keeps. */
  static async start(dataDir: string, options: SpawnOptions = {}): Promise<Supervisor> {
    const child = await spawnServer(dataDir, options);
    return new Supervisor(dataDir, child, { ...options, port: child.port });
  }

  get url(): string {
    return this.child.url;
  }

  /** The process running now (a new one after each restart). */
  get server(): ChildServer {
    return this.child;
  }

  get pid(): number {
    const pid = this.child.process.pid;
    if (pid === undefined) throw new Error('The server has no pid');
    return pid;
  }

  /** SIGKILL, then the same server again on the same folder and port. */
  async killAndRestart(): Promise<void> {
    const started = performance.now();
    await this.child.kill('SIGKILL');
    this.kills++;
    this.child = await spawnServer(this.dataDir, this.options);
    this.restartMs.push(performance.now() - started);
  }

  /** SIGSTOP for `ms`, then SIGCONT; or, with `thenKill`, SIGKILL while stopped and a restart. */
  async pause(ms: number, thenKill = false): Promise<void> {
    this.child.process.kill('SIGSTOP');
    await sleep(ms);
    this.pauses++;
    this.pausedMs.push(ms);
    if (thenKill) {
      this.killsWhilePaused++;
      await this.killAndRestart();
    } else {
      this.child.process.kill('SIGCONT');
    }
  }

  /** SIGTERM (a polite stop: the server flushes and closes) then the same server again. */
  async terminateAndRestart(): Promise<void> {
    const started = performance.now();
    await this.child.kill('SIGTERM');
    this.child = await spawnServer(this.dataDir, this.options);
    this.restartMs.push(performance.now() - started);
  }

  async stop(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    await this.child.kill(signal);
  }
}
