/** p50, p95, p99 and max of a list of numbers (0 for an empty list). Benchmark output only. */
export interface Summary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summary(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}
