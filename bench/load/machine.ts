import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpus: number;
  cpuModel: string;
  ramGiB: number;
  node: string;
  pinned: boolean;
  /** 1-minute load average when the benchmark started: other work on the machine skews every figure. */
  loadAverage: number;
}

export function describeMachine(): Machine {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return {
    cpus: availableParallelism(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    pinned: availableParallelism() >= 2 && existsSync('/usr/bin/taskset'),
    loadAverage: loadavg()[0] ?? 0,
  };
}

export function machineLine(machine: Machine): string {
  return (
    `${machine.cpus} CPUs (${machine.cpuModel}), ${machine.ramGiB} GiB RAM, node ${machine.node}, ` +
    `${machine.pinned ? 'server on CPU 0 and generator on CPU 1 (taskset)' : 'not pinned'}, load average ${machine.loadAverage.toFixed(2)} at start`
  );
}

/**
 * Jiffies of every CPU together, busy and in all, from /proc/stat (zeros where there is none).
 * Interrupt time is left out of busy: loopback networking runs there, and it is the run's own work,
 * not another process's.
 */
export interface CpuTimes {
  busy: number;
  total: number;
}

export function cpuTimes(): CpuTimes {
  if (!existsSync('/proc/stat')) return { busy: 0, total: 0 };
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
  const busy = user + nice + system + steal;
  return { busy, total: busy + idle + iowait + irq + softirq };
}

/** How many cores were busy on average between two readings, whoever kept them busy. */
export function busyCores(before: CpuTimes, after: CpuTimes, cpus: number): number {
  const total = after.total - before.total;
  return total > 0 ? ((after.busy - before.busy) / total) * cpus : 0;
}

/**
 * Waits until the machine's cores are idle enough to measure (at most `idleBelow` cores busy over a
 * second), or `patienceMs` ran out. Answers the busy cores last seen.
 */
export async function quietMachine(idleBelow: number, patienceMs: number): Promise<number> {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    const before = cpuTimes();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const busy = busyCores(before, cpuTimes(), availableParallelism());
    if (busy <= idleBelow || Date.now() > deadline) return busy;
  }
}
