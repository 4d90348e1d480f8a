/** What one run of the load benchmark puts on a server, and which server. */

export type ServerKind = 'app' | 'bare' | 'coalescing';

export const SERVER_KINDS: readonly ServerKind[] = ['app', 'bare', 'coalescing'];

export const SERVER_LABELS: Record<ServerKind, string> = {
  app: 'app',
  bare: 'bare Socket.IO',
  coalescing: 'coalescing 50 ms',
};

export interface Load {
  name: string;
  /** At most this many participants vote; with fewer people, every one of them does. */
  voters: number;
  dotsEach: number;
  durationMs: number;
  /** Every `cutEveryMs`, this share of the participants' sockets drops and comes back by itself. */
  cut: { share: number; everyMs: number; firstAtMs: number } | null;
}

export interface Scenario {
  participants: number;
  load: Load;
  seed: number;
  /**
   * How long the server sits idle before the start reading and again after everyone joined, for a
   * settled idle memory reading; 0: no settled reading (one per room size is enough: memory is read
   * before the burst, so the load does not change it).
   */
  settleMs: number;
}

export function votersOf(scenario: Scenario): number {
  return Math.min(scenario.participants, scenario.load.voters);
}

export function scenarioName(scenario: Scenario): string {
  return `N=${scenario.participants.toLocaleString('en-US')}, ${scenario.load.name}`;
}
