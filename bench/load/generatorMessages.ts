import type { Percentiles } from './stats.ts';
import type { Scenario } from './scenario.ts';

/** The orchestrator's orders to the load generator (generator.ts), over IPC. */
export type ToGenerator = { type: 'setup'; url: string; scenario: Scenario } | { type: 'go' };

export type FromGenerator =
  | { type: 'ready'; connected: number; setupMs: number }
  /** The burst window closed (every ack in, every screen caught up, or the drain ran out); the analysis follows. */
  | { type: 'drained' }
  | { type: 'done'; result: BurstResult }
  | { type: 'failed'; message: string };

/** What the generator saw of one burst, from the phones' side. */
export interface BurstResult {
  /** Screens connected and synced when the burst began: participants, facilitator, projector. */
  connected: number;
  planned: number;
  sent: number;
  /** Dots not sent because their voter's phone was cut at that moment (jitter only). */
  skippedOffline: number;
  /** Dots whose ack was lost because their voter's phone was cut before it came: left out of the measure. */
  ackLostToCut: number;
  accepted: number;
  refused: number;
  /** Sent dots whose ack had not come by the end of the drain, their phone still connected: they count as lost. */
  unacked: number;
  /** Per dot, planned time to the moment every other eligible screen had it (ms); lost dots count as Infinity. */
  latency: Percentiles;
  eligiblePairs: number;
  deliveredPairs: number;
  cutPairs: number;
  windowMs: number;
  votesPerSecond: number;
  /** Pushed messages received by all screens, per second of the window. */
  messagesPerSecond: number;
  /** How late the generator sent dots after their planned time: its own lag, not the server's. */
  sendLagP99Ms: number;
  /** The generator's CPU time over wall time in the window: 1 is one core busy all along. */
  cpu: number;
  gaps: number;
  cutSockets: number;
}
