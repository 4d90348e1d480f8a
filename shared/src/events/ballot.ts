import type { Dots } from '../model/session.ts';

/** What one dot vote keeps: whose dots are where, and their sum per target (`null` in a view without tallies). */
export interface BallotCounts {
  dots: Dots;
  tallies: Record<string, number> | null;
}

/**
 * One dot more (`delta` 1) or less (-1) of one person on one target (a topic, a proposal): the
 * one way both votes change their counts.
 */
export function changeBallot(ballot: BallotCounts, participantId: string, targetId: string, delta: number): BallotCounts {
  const own = ballot.dots[participantId] ?? {};
  const perTarget = setCount(own, targetId, (own[targetId] ?? 0) + delta);
  // Someone with no dot left has no entry, as after a hide or a merge: one shape for one meaning.
  const dots = othersThan(ballot.dots, participantId);
  if (Object.keys(perTarget).length > 0) dots[participantId] = perTarget;
  return { dots, tallies: addTally(ballot.tallies, targetId, delta) };
}

/**
 * A copy without one person's line, in the same order. A loop, not `const { [id]: _, ...others }`:
 * V8 copies a rest object with a computed key on a slow path, ~1 ms per dot at 500 voters and 2 ms
 * at 2,000, paid on every dot the server accepts (found by the load benchmark, bench/load).
 */
function othersThan(dots: Dots, participantId: string): Dots {
  const others: Dots = {};
  for (const id of Object.keys(dots)) {
    const line = dots[id];
    if (id !== participantId && line) others[id] = line;
  }
  return others;
}

export function setCount(perTarget: Record<string, number>, targetId: string, count: number): Record<string, number> {
  if (count > 0) return { ...perTarget, [targetId]: count };
  const { [targetId]: _gone, ...rest } = perTarget;
  return rest;
}

export function addTally(tallies: Record<string, number> | null, targetId: string, delta: number) {
  if (!tallies) return null;
  const count = (tallies[targetId] ?? 0) + delta;
  return count > 0 ? { ...tallies, [targetId]: count } : withoutKey(tallies, targetId);
}

export function withoutKey(tallies: Record<string, number> | null, key: string) {
  if (!tallies || !(key in tallies)) return tallies;
  const { [key]: _gone, ...rest } = tallies;
  return rest;
}
