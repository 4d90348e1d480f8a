import { describe, expect, it } from 'vitest';
import { runCrashLoop } from '../helpers/crash/crashLoop.ts';

/** A fresh seed each run widens the search; a failure prints it, and CRASH_SEED=<seed> replays its choices. */
const seed = Number(process.env['CRASH_SEED'] ?? Math.floor(Math.random() * 2 ** 31));

describe('nothing acknowledged is lost', () => {
  it(`survives 20 SIGKILLs and SIGSTOP pauses with every acked command logged once (seed ${seed})`, { timeout: 120_000 }, async () => {
    const report = await runCrashLoop({
      seed,
      participants: 6,
      kills: 20,
      pauses: 6,
      killWhilePausedShare: 0.2,
      runMs: [150, 900],
      // Up to 2.5 times the ack timeout: clients resend while the first copy waits in the frozen server's socket.
      pauseMs: [100, 2500],
      ackTimeoutMs: 1000,
      thinkMs: [20, 80],
      facilitatorThinkMs: [200, 700],
      connect: {},
    });
    const context = `seed ${seed}`;
    expect(report.problems, context).toEqual([]);
    expect(report.kills, context).toBeGreaterThanOrEqual(20);
    expect(report.internal, context).toBe(0);
    // The run did something worth checking: many commands went through, some only after a resend.
    expect(report.acked, context).toBeGreaterThan(200);
    expect(report.refused, context).toBeGreaterThan(0);
    expect(report.served, context).toEqual(report.folded);
    expect(report.restored, context).toEqual(report.folded);
    for (const { actor, mirror, expected } of report.mirrors) expect(mirror, `${context}, ${JSON.stringify(actor)}`).toEqual(expected);
  });
});
