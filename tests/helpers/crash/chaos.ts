import { between } from '../random.ts';
import { sleep } from '../wait.ts';
import type { Supervisor } from './supervisor.ts';

export type Disruption = { kind: 'kill' } | { kind: 'pause'; ms: number; thenKill: boolean };

export interface ChaosPlan {
  /** SIGKILLs in all, some of them while the process is stopped. */
  kills: number;
  /** SIGSTOP/SIGCONT pauses that end with the process running again. */
  pauses: number;
  /** Share of the kills that hit a stopped process. */
  killWhilePausedShare: number;
  /** How long the server runs between two disruptions. */
  runMs: readonly [number, number];
  /** How long a pause lasts; make the top longer than the clients' ack timeout. */
  pauseMs: readonly [number, number];
  /**
   * Pauses of `longPauseMs` (a laptop put to sleep): longer than Socket.IO's heartbeat (25 s
   * interval + 20 s timeout), so both sides give the connections up while the server is frozen.
   */
  longPauses?: number;
  longPauseMs?: number;
}

/** The disruptions in a seeded random order, each pause with its length. */
export function planDisruptions(plan: ChaosPlan, random: () => number): Disruption[] {
  const pause = (thenKill: boolean): Disruption => ({ kind: 'pause', ms: between(random, plan.pauseMs[0], plan.pauseMs[1]), thenKill });
  const list: Disruption[] = [
    ...Array.from({ length: plan.kills }, () => (random() < plan.killWhilePausedShare ? pause(true) : { kind: 'kill' as const })),
    ...Array.from({ length: plan.pauses }, () => pause(false)),
    ...Array.from({ length: plan.longPauses ?? 0 }, (): Disruption => ({ kind: 'pause', ms: plan.longPauseMs ?? 0, thenKill: false })),
  ];
  // Fisher–Yates with the seeded generator.
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as Disruption, list[i] as Disruption];
  }
  return list;
}

/** Lets the server run a random while, disrupts it, again, until the plan is done. */
export async function runChaos(
  supervisor: Supervisor,
  disruptions: readonly Disruption[],
  runMs: readonly [number, number],
  random: () => number,
  progress: (line: string) => void = () => undefined,
): Promise<void> {
  for (const [i, disruption] of disruptions.entries()) {
    await sleep(between(random, runMs[0], runMs[1]));
    if (disruption.kind === 'kill') await supervisor.killAndRestart();
    else await supervisor.pause(disruption.ms, disruption.thenKill);
    const what = disruption.kind === 'kill' ? 'SIGKILL' : `SIGSTOP ${disruption.ms} ms${disruption.thenKill ? ' then SIGKILL' : ''}`;
    progress(`  ${i + 1}/${disruptions.length} ${what}`);
  }
}
