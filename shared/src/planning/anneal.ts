import type { Arrangement } from './arrangement.ts';
import type { Prng } from './prng.ts';

/**
 * Simulated annealing over the slots of the placed topics, then a first-improvement descent.
 * Moves: "move a topic to a free cell of another slot" and "swap two topics of two slots".
 * Both keep the hard rules (cells, conveners), and only the voters of the moved topics are
 * touched to price a move (SlotLoad). The energy weighs a conflict as CONFLICT_WEIGHT clash
 * pairs so the walk feels both, but the best agenda is judged strictly: fewer conflicts first,
 * then fewer clash pairs. Cooling is geometric over the move budget, so the run is a pure
 * function of the input, the seed and the budget.
 */
const CONFLICT_WEIGHT = 4;
/** Final temperature: a move that costs one clash pair is then accepted with odds of e^-20. */
const FINAL_TEMPERATURE = 0.05;
const CALIBRATION_MOVES = 200;

interface Move {
  topic: number;
  /** Swap partner, or -1 for a move to a free cell. */
  partner: number;
  from: number;
  to: number;
}

export function anneal(arrangement: Arrangement, movable: readonly number[], iterations: number, random: Prng): void {
  if (movable.length === 0 || arrangement.slotCount < 2 || iterations <= 0) return;
  const { load } = arrangement;
  let temperature = startingTemperature(arrangement, movable, random);
  const cooling = Math.pow(FINAL_TEMPERATURE / temperature, 1 / iterations);
  let best = { conflicts: load.conflicts, clashPairs: load.clashPairs };
  let bestSlots = arrangement.snapshot(movable);

  for (let i = 0; i < iterations; i += 1, temperature *= cooling) {
    const move = proposeMove(arrangement, movable, random);
    if (!move) continue;
    const delta = price(arrangement, move);
    if (delta > 0 && random.next() >= Math.exp(-delta / temperature)) continue;
    apply(arrangement, move);
    if (isBetter(load, best)) {
      best = { conflicts: load.conflicts, clashPairs: load.clashPairs };
      bestSlots = arrangement.snapshot(movable);
    }
  }
  arrangement.restore(movable, bestSlots);
}

/**
 * First-improvement descent until no single move or swap helps: the annealing's best agenda
 * may sit next to a better one it never tried, and this closes that gap deterministically.
 */
export function descend(arrangement: Arrangement, movable: readonly number[], maxPasses = 50): void {
  const { load } = arrangement;
  for (let pass = 0, improved = true; improved && pass < maxPasses; pass += 1) {
    improved = false;
    for (const topic of movable) {
      for (let to = 0; to < arrangement.slotCount; to += 1) {
        const from = arrangement.slotOf[topic] ?? -1;
        if (to === from) continue;
        const moves: Move[] = [];
        if (arrangement.canMove(topic, to)) moves.push({ topic, partner: -1, from, to });
        for (const partner of arrangement.members[to] ?? []) {
          if (arrangement.canSwap(topic, partner)) moves.push({ topic, partner, from, to });
        }
        for (const move of moves) {
          price(arrangement, move);
          if (load.deltaConflicts < 0 || (load.deltaConflicts === 0 && load.deltaPairs < 0)) {
            apply(arrangement, move);
            improved = true;
            break;
          }
        }
      }
    }
  }
}

function isBetter(now: { conflicts: number; clashPairs: number }, than: { conflicts: number; clashPairs: number }): boolean {
  return now.conflicts < than.conflicts || (now.conflicts === than.conflicts && now.clashPairs < than.clashPairs);
}

/** Starts hot enough that a typical uphill move is taken about half the time. */
function startingTemperature(
  arrangement: Arrangement,
  movable: readonly number[],
  random: Prng,
): number {
  let uphill = 0;
  let count = 0;
  for (let i = 0; i < CALIBRATION_MOVES; i += 1) {
    const move = proposeMove(arrangement, movable, random);
    if (!move) continue;
    const delta = price(arrangement, move);
    if (delta > 0) {
      uphill += delta;
      count += 1;
    }
  }
  return Math.max(1, count > 0 ? uphill / count / Math.LN2 : 1);
}

function proposeMove(arrangement: Arrangement, movable: readonly number[], random: Prng): Move | null {
  const topic = movable[random.below(movable.length)] ?? -1;
  const from = arrangement.slotOf[topic] ?? -1;
  if (from < 0) return null;
  const to = (from + 1 + random.below(arrangement.slotCount - 1)) % arrangement.slotCount;
  const others = arrangement.members[to] ?? [];
  const hasFreeCell = (arrangement.free[to] ?? 0) > 0;
  if (hasFreeCell && (others.length === 0 || random.next() < 0.5)) {
    return arrangement.canMove(topic, to) ? { topic, partner: -1, from, to } : null;
  }
  if (others.length === 0) return null;
  const partner = others[random.below(others.length)] ?? -1;
  return arrangement.canSwap(topic, partner) ? { topic, partner, from, to } : null;
}

/** The energy change the move would bring; also leaves the two deltas in `arrangement.load`. */
function price(arrangement: Arrangement, move: Move): number {
  const { load } = arrangement;
  if (move.partner < 0) load.priceMove(move.topic, move.from, move.to);
  else load.priceSwap(move.topic, move.from, move.partner, move.to);
  return CONFLICT_WEIGHT * load.deltaConflicts + load.deltaPairs;
}

function apply(arrangement: Arrangement, move: Move): void {
  if (move.partner < 0) arrangement.moveTo(move.topic, move.to);
  else arrangement.swap(move.topic, move.partner);
}
