import { performance } from 'node:perf_hooks';
import { newCommandId } from '../../tests/helpers/client.ts';
import { sleep } from '../../tests/helpers/wait.ts';
import type { SentDot } from './delivery.ts';
import type { Phone } from './phone.ts';
import type { PlannedCut, PlannedDot } from './schedule.ts';
import type { VotingRoom } from './workshopSetup.ts';

/** The first planned moment is this far after the order to go, so that no dot is late from the start. */
const LEAD_MS = 200;
/** After the last planned dot, how long stragglers get before what has not arrived counts as lost. */
const DRAIN_MS = 10_000;

export interface BurstOutcome {
  /** In the order the readers are listed: facilitator, projector, then the participants. */
  readers: Phone[];
  /** Every dot sent but those whose ack was lost with a cut connection: nobody can tell where they went. */
  dots: SentDot[];
  skippedOffline: number;
  ackLostToCut: number;
  refused: number;
  sendLags: number[];
  startedAt: number;
  endedAt: number;
  messages: number;
  cutSockets: number;
}

/** A dot whose ack has not come yet, and whether its phone was cut since it was sent. */
interface Waiting {
  dot: SentDot;
  phone: Phone;
  cutsAtSend: number;
}

/**
 * Sends each dot at its planned moment whatever the server is doing (open loop: a slow server
 * cannot slow the arrivals down and so hide its delay), cuts phones at theirs, then waits until every
 * ack came back and every online screen caught up, or the drain time ran out.
 */
export async function runBurst(room: VotingRoom, plan: readonly PlannedDot[], cuts: readonly PlannedCut[]): Promise<BurstOutcome> {
  const readers = [room.facilitator, room.projector, ...room.participants];
  const messagesBefore = sum(readers.map((r) => r.messages));
  const start = performance.now() + LEAD_MS;
  const outcome: BurstOutcome = {
    readers,
    dots: [],
    skippedOffline: 0,
    ackLostToCut: 0,
    refused: 0,
    sendLags: [],
    startedAt: start,
    endedAt: start,
    messages: 0,
    cutSockets: 0,
  };
  const waiting = new Set<Waiting>();

  const send = (planned: PlannedDot): void => {
    const phone = room.participants[planned.voter];
    if (!phone?.isOnline) {
      outcome.skippedOffline++;
      return;
    }
    const plannedAt = start + planned.at;
    const dot: SentDot = { plannedAt, voter: planned.voter + 2, seq: null };
    outcome.dots.push(dot);
    outcome.sendLags.push(performance.now() - plannedAt);
    const entry: Waiting = { dot, phone, cutsAtSend: phone.cuts };
    waiting.add(entry);
    void phone.command({ type: 'placeDot', topicId: room.topicIds[planned.topic] ?? '' }, newCommandId()).then((ack) => {
      waiting.delete(entry);
      if (ack.ok) dot.seq = ack.version;
      else outcome.refused++;
    });
  };

  await new Promise<void>((resolve) => {
    let nextDot = 0;
    let nextCut = 0;
    const step = (): void => {
      const now = performance.now() - start;
      for (; nextCut < cuts.length && (cuts[nextCut]?.at ?? Infinity) <= now; nextCut++) {
        for (const index of cuts[nextCut]?.participants ?? []) room.participants[index]?.cut();
        outcome.cutSockets += cuts[nextCut]?.participants.length ?? 0;
      }
      for (; nextDot < plan.length && (plan[nextDot]?.at ?? Infinity) <= now; nextDot++) {
        const planned = plan[nextDot];
        if (planned) send(planned);
      }
      const next = Math.min(plan[nextDot]?.at ?? Infinity, cuts[nextCut]?.at ?? Infinity);
      if (next === Infinity) return resolve();
      setTimeout(step, Math.max(0, next - (performance.now() - start)));
    };
    setTimeout(step, LEAD_MS);
  });

  const deadline = performance.now() + DRAIN_MS;
  const lostToCut = (entry: Waiting): boolean => entry.phone.cuts > entry.cutsAtSend;
  const caughtUp = (): boolean => {
    const last = Math.max(0, ...outcome.dots.map((d) => d.seq ?? 0));
    return [...waiting].every(lostToCut) && readers.every((r) => !r.isOnline || r.version >= last);
  };
  while (!caughtUp() && performance.now() < deadline) await sleep(20);
  outcome.endedAt = performance.now();
  const unknowable = new Set([...waiting].filter(lostToCut).map((entry) => entry.dot));
  outcome.ackLostToCut = unknowable.size;
  outcome.dots = outcome.dots.filter((dot) => !unknowable.has(dot));
  outcome.messages = sum(readers.map((r) => r.messages)) - messagesBefore;
  return outcome;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
