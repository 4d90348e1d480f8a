import type { Dots } from './types.ts';

/** Only positive whole dots count; anything else (0, negative, NaN) reads as "no dot". */
export function dotCount(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : 0;
}

/** Total dots per topic id, over every participant in `dots`. */
export function totalVotes(dots: Dots): Map<string, number> {
  const votes = new Map<string, number>();
  for (const byTopic of Object.values(dots)) {
    for (const [topicId, value] of Object.entries(byTopic)) {
      const n = dotCount(value);
      if (n > 0) votes.set(topicId, (votes.get(topicId) ?? 0) + n);
    }
  }
  return votes;
}

/** Most dots first; equal totals by id, so the order never depends on how the input was listed. */
export function byVotes(votes: ReadonlyMap<string, number>): (a: string, b: string) => number {
  return (a, b) => (votes.get(b) ?? 0) - (votes.get(a) ?? 0) || compareIds(a, b);
}

/** Code-unit order, not locale order: the same on every machine. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function uniqueSorted(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort(compareIds);
}
