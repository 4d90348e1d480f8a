/**
 * The load generator, in a process of its own (started by run.ts): every simulated phone lives
 * here, so every timestamp comes from one clock. Told `setup`, it opens the voting room and answers
 * `ready`; told `go`, it runs the burst and answers `done` with what the phones saw.
 */
import { performance } from 'node:perf_hooks';
import { percentile, percentiles } from './stats.ts';
import { measureDelivery } from './delivery.ts';
import { runBurst, type BurstOutcome } from './burst.ts';
import type { BurstResult, FromGenerator, ToGenerator } from './generatorMessages.ts';
import { planCuts, planDots } from './schedule.ts';
import type { Scenario } from './scenario.ts';
import { openVotingRoom, type VotingRoom } from './workshopSetup.ts';

let room: VotingRoom | null = null;
let scenario: Scenario | null = null;

function tell(message: FromGenerator): void {
  process.send?.(message);
}

async function setup(url: string, wanted: Scenario): Promise<void> {
  const started = performance.now();
  scenario = wanted;
  room = await openVotingRoom(url, wanted);
  tell({ type: 'ready', connected: room.participants.length + 2, setupMs: performance.now() - started });
}

async function go(): Promise<void> {
  if (!room || !scenario) throw new Error('go before setup');
  const cpuBefore = process.cpuUsage();
  const outcome = await runBurst(room, planDots(scenario, room.topicIds.length), planCuts(scenario));
  const used = process.cpuUsage(cpuBefore);
  tell({ type: 'drained' });
  tell({ type: 'done', result: summarise(outcome, (used.user + used.system) / 1000 / (outcome.endedAt - outcome.startedAt)) });
  for (const phone of outcome.readers) phone.close();
}

/** After the window closed, so that this work is not counted in the generator's CPU. */
function summarise(outcome: BurstOutcome, cpu: number): BurstResult {
  const delivery = measureDelivery(
    outcome.dots,
    outcome.readers.map((reader) => reader.log()),
  );
  const windowMs = outcome.endedAt - outcome.startedAt;
  const accepted = outcome.dots.filter((dot) => dot.seq !== null).length;
  return {
    connected: outcome.readers.length,
    planned: outcome.dots.length + outcome.skippedOffline + outcome.ackLostToCut,
    sent: outcome.dots.length + outcome.ackLostToCut,
    skippedOffline: outcome.skippedOffline,
    ackLostToCut: outcome.ackLostToCut,
    accepted,
    refused: outcome.refused,
    unacked: outcome.dots.length - accepted - outcome.refused,
    latency: percentiles(delivery.latencies),
    eligiblePairs: delivery.eligiblePairs,
    deliveredPairs: delivery.deliveredPairs,
    cutPairs: delivery.cutPairs,
    windowMs,
    votesPerSecond: (accepted * 1000) / windowMs,
    messagesPerSecond: (outcome.messages * 1000) / windowMs,
    sendLagP99Ms: percentile([...outcome.sendLags].sort((a, b) => a - b), 0.99),
    cpu,
    gaps: outcome.readers.reduce((n, reader) => n + reader.gaps, 0),
    cutSockets: outcome.cutSockets,
  };
}

process.on('message', (order: ToGenerator) => {
  const work = order.type === 'setup' ? setup(order.url, order.scenario) : go();
  work.catch((error: unknown) => tell({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});
process.on('disconnect', () => process.exit(0));
