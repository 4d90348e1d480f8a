import type { Options } from './options.ts';
import type { Load, Scenario } from './scenario.ts';

/** The burst: 500 voters place 5 dots each within 30 s. */
export const BURST: Load = { name: '500 × 5 dots / 30 s', voters: 500, dotsEach: 5, durationMs: 30_000, cut: null };
/** The same dots at twice the rate. */
export const DOUBLE_RATE: Load = { ...BURST, name: '500 × 5 dots / 15 s', durationMs: 15_000 };
/** The burst while 10 % of the phones drop every 15 s and come back by themselves. */
export const JITTER: Load = { ...BURST, name: '500 × 5 / 30 s, 10 % cut / 15 s', cut: { share: 0.1, everyMs: 15_000, firstAtMs: 5_000 } };

export const ROOM_SIZES = [50, 500, 2000];

/** The smoke run: one small room, the burst and the jitter squeezed into 8 s each. */
const QUICK_SIZE = 100;
const QUICK_LOADS: Load[] = [
  { ...BURST, name: '500 × 5 dots / 8 s', durationMs: 8_000 },
  { ...JITTER, name: '500 × 5 / 8 s, 10 % cut / 4 s', durationMs: 8_000, cut: { share: 0.1, everyMs: 4_000, firstAtMs: 2_000 } },
];

const SEED = 20_240_601;

/**
 * V8 gives back the pages a burst of garbage left (its memory reducer) about 8 s after allocation
 * slows down; malloc trims its free memory too. Read before that, RSS per connection counts the
 * join's garbage rather than what idle connections hold.
 */
export const SETTLE_MS = 15_000;

export function scenariosOf(options: Options): Scenario[] {
  const sizes = options.participants !== null ? [options.participants] : options.quick ? [QUICK_SIZE] : ROOM_SIZES;
  const loads = options.quick ? QUICK_LOADS : [BURST, DOUBLE_RATE, JITTER];
  return sizes.flatMap((participants) =>
    loads.map((load) => ({ participants, load, seed: SEED + participants, settleMs: load === BURST ? SETTLE_MS : 0 })),
  );
}
