interface Bucket {
  tokens: number;
  at: number;
}

/** Above this many buckets, full ones are dropped: they would be recreated identical. */
const PRUNE_ABOVE = 10_000;

/**
 * A token bucket per key: `ratePerSecond` sustained, `burst` at once. Synchronous,
 * so a socket's commands keep their order. Reads a monotonic clock, not the
 * session clock, because it measures real elapsed time.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(key: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(key);
    const tokens = bucket ? Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.ratePerSecond) : this.burst;
    if (!bucket && this.buckets.size >= PRUNE_ABOVE) this.prune(now);
    const allowed = tokens >= 1;
    this.buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: now });
    return allowed;
  }

  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.ratePerSecond >= this.burst) this.buckets.delete(key);
    }
  }
}
