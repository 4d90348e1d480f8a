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
}

export function votersOf(scenario: Scenario): number {
  return Math.min(scenario.participants, scenario.load.voters);
}

export function scenarioName(scenario: Scenario): string {
  return `N=${scenario.participants.toLocaleString('en-US')}, ${scenario.load.name}`;
}
