/** Trend of one series sampled at regular times: what the soak prints and judges. */
export interface Trend {
  /** Least-squares slope, in the series' unit per 10 minutes. */
  slopePer10Min: number;
  /** Medians, so that one stall of a shared machine does not make a trend. */
  firstThird: number;
  lastThird: number;
  /** The last third's mean above the first's by more than the limit allows. */
  growing: boolean;
}

/** How much growth between the first and the last third is still "flat": both bounds must be passed to flag. */
export interface GrowthLimit {
  /** Relative growth, 0.2 = 20 %. */
  relative: number;
  /** Absolute growth, in the series' unit. */
  absolute: number;
}

export function trendOf(atMs: readonly number[], values: readonly number[], limit: GrowthLimit): Trend {
  const n = values.length;
  const meanOf = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const third = Math.max(1, Math.floor(n / 3));
  const firstThird = medianOf(values.slice(0, third));
  const lastThird = medianOf(values.slice(n - third));
  const minutes = atMs.map((t) => t / 60_000);
  const mx = meanOf(minutes);
  const my = meanOf(values);
  const sxx = minutes.reduce((s, x) => s + (x - mx) ** 2, 0);
  const sxy = minutes.reduce((s, x, i) => s + (x - mx) * ((values[i] ?? 0) - my), 0);
  const slopePer10Min = sxx === 0 ? 0 : (sxy / sxx) * 10;
  const growth = lastThird - firstThird;
  return { slopePer10Min, firstThird, lastThird, growing: growth > limit.absolute && growth > limit.relative * Math.abs(firstThird) };
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
