import { mulberry32 } from '../../shared/src/planning/prng.ts';
import { votersOf, type Scenario } from './scenario.ts';

/** One dot of the open-loop schedule: sent at `at` (ms after the start) whatever the server is doing. */
export interface PlannedDot {
  at: number;
  /** Index of the participant among the joined ones. */
  voter: number;
  /** Index of the topic. */
  topic: number;
}

/** A moment when some phones lose their connection; they come back on their own, as a phone does. */
export interface PlannedCut {
  at: number;
  participants: number[];
}

/**
 * The same schedule for every server of a scenario: voters drawn among the participants, each
 * placing `dotsEach` dots at uniformly random moments of the window (a Poisson arrival of votes).
 */
export function planDots(scenario: Scenario, topics: number): PlannedDot[] {
  const random = mulberry32(scenario.seed);
  const voters = pickDistinct(scenario.participants, votersOf(scenario), random.below);
  const dots: PlannedDot[] = [];
  for (const voter of voters) {
    for (let i = 0; i < scenario.load.dotsEach; i++) {
      dots.push({ at: random.next() * scenario.load.durationMs, voter, topic: random.below(topics) });
    }
  }
  return dots.sort((a, b) => a.at - b.at);
}

export function planCuts(scenario: Scenario): PlannedCut[] {
  const cut = scenario.load.cut;
  if (!cut) return [];
  const random = mulberry32(scenario.seed + 1);
  const count = Math.round(cut.share * scenario.participants);
  const cuts: PlannedCut[] = [];
  for (let at = cut.firstAtMs; at < scenario.load.durationMs; at += cut.everyMs) {
    cuts.push({ at, participants: pickDistinct(scenario.participants, count, random.below) });
  }
  return cuts;
}

/** `count` distinct indices below `size`, by a partial Fisher-Yates shuffle. */
function pickDistinct(size: number, count: number, below: (n: number) => number): number[] {
  const indices = Array.from({ length: size }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + below(size - i);
    [indices[i], indices[j]] = [indices[j] ?? j, indices[i] ?? i];
  }
  return indices.slice(0, count);
}
