import { describe, expect, it } from 'vitest';
import { percentile, percentiles } from './stats.ts';

describe('percentiles', () => {
  it('takes the nearest rank, never interpolating', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.5)).toBe(50);
    expect(percentile(sorted, 0.95)).toBe(95);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('sorts its samples and lets a lost one (Infinity) reach the tail', () => {
    const samples = [...Array.from({ length: 98 }, () => 10), Infinity, 20];
    expect(percentiles(samples)).toEqual({ count: 100, p50: 10, p95: 10, p99: 20, max: Infinity });
    expect(percentiles([...samples, Infinity]).p99).toBe(Infinity);
  });
});
