import { summary } from '../crash/stats.ts';

/** Time until `share` of all phones (NaN counts as never) got there; NaN when fewer did. */
export function timeToShare(times: readonly number[], share: number): number {
  const sorted = times.filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
  const needed = Math.ceil(share * times.length);
  return needed <= sorted.length ? (sorted[needed - 1] ?? NaN) : NaN;
}

/** A text histogram of arrival times, one row per bucket with its count and a bar. */
export function histogram(times: readonly number[], bucketMs: number, width = 50): string[] {
  const done = times.filter((t) => !Number.isNaN(t));
  if (done.length === 0) return ['  (nobody)'];
  const buckets = new Array<number>(Math.floor(summary(done).max / bucketMs) + 1).fill(0);
  for (const t of done) buckets[Math.floor(t / bucketMs)] = (buckets[Math.floor(t / bucketMs)] ?? 0) + 1;
  const top = Math.max(...buckets);
  return buckets.map((n, i) => {
    const from = ((i * bucketMs) / 1000).toFixed(1).padStart(5);
    const to = (((i + 1) * bucketMs) / 1000).toFixed(1).padStart(5);
    return `  ${from}–${to} s ${String(n).padStart(5)} ${'#'.repeat(Math.round((n / top) * width))}`;
  });
}
