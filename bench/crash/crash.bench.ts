/**
 * `npm run bench:crash [-- --kills 40 --pauses 12 --participants 20 --seed 123]`: the crash loop
 * of the integration test (tests/helpers/crash/), longer and with more clients, printing what
 * it did and whether anything acknowledged was lost. Exits 1 when something was.
 */
import { parseArgs } from 'node:util';
import { ACK_TIMEOUT_MS } from '@forum-ouvert/shared';
import { runCrashLoop, type CrashLoopReport } from '../../tests/helpers/crash/crashLoop.ts';
import { percent, printTable } from '../table.ts';
import { sameState } from './sameState.ts';
import { summary } from './stats.ts';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '40' },
    pauses: { type: 'string', default: '12' },
    participants: { type: 'string', default: '20' },
    seed: { type: 'string' },
    // The app's own phone settings: ack timeout 5 s, reconnection 1–8 s with jitter 0.5.
    'ack-timeout': { type: 'string', default: String(ACK_TIMEOUT_MS) },
    'phone-backoff': { type: 'boolean', default: false },
    // Pauses past Socket.IO's heartbeat (45 s), as a laptop put to sleep.
    'long-pauses': { type: 'string', default: '1' },
  },
});
const seed = Number(values.seed ?? Math.floor(Math.random() * 2 ** 31));
const ackTimeoutMs = Number(values['ack-timeout']);
const phoneBackoff = values['phone-backoff'];

console.log('Forum Ouvert crash loop');
console.log(`  seed ${seed} (replay with --seed ${seed}), node ${process.version}, ack timeout ${ackTimeoutMs} ms, ` +
  `reconnection ${phoneBackoff ? '1,000–8,000 ms (the app\'s)' : '50–200 ms'}`);
const report: CrashLoopReport = await runCrashLoop({
  seed,
  participants: Number(values.participants),
  kills: Number(values.kills),
  pauses: Number(values.pauses),
  killWhilePausedShare: 0.2,
  runMs: [200, 2000],
  pauseMs: [200, Math.round(ackTimeoutMs * 1.6)],
  longPauses: Number(values['long-pauses']),
  longPauseMs: 50_000,
  ackTimeoutMs,
  thinkMs: [30, 150],
  facilitatorThinkMs: [300, 1200],
  connect: phoneBackoff ? { reconnectionDelay: 1000, reconnectionDelayMax: 8000, randomizationFactor: 0.5 } : {},
  progress: (line) => console.log(line),
});

const restart = summary(report.restartMs);
const paused = summary(report.pausedMs);
printTable('What the supervisor did', ['', 'count', 'p50 ms', 'max ms'], [
  ['SIGKILL + restart (kill to listening)', report.kills, restart.p50, restart.max],
  ['  of which while stopped', report.killsWhilePaused, '-', '-'],
  ['SIGSTOP / SIGCONT pauses', report.pauses, paused.p50, paused.max],
]);
printTable('What the clients saw', ['', 'count', 'share'], [
  ['commands sent (distinct ids)', report.sent, '-'],
  ['acknowledged', report.acked, percent(report.acked / report.sent)],
  ['  acknowledged only after a resend', report.ackedAfterResend, percent(report.ackedAfterResend / report.acked)],
  ['refused', report.refused, percent(report.refused / report.sent)],
  ...Object.entries(report.refusalsByCode).map(([code, n]): [string, number, string] => [`  ${code}`, n, percent(n / report.sent)]),
  ['attempts without an answer (timeout, dropped)', report.unanswered, '-'],
  ['RATE_LIMITED, resent', report.rateLimited, '-'],
  ['INTERNAL, resent (must be 0)', report.internal, '-'],
]);
const mirrorsOff = report.mirrors.filter(({ mirror, expected }) => !sameState(mirror, expected)).length;
const checks: [string, boolean][] = [
  ['every acked id logged once, with its events, nothing else logged', report.problems.length === 0],
  ['snapshot served by sync equals the fold of the log', sameState(report.served, report.folded)],
  ['server memory after one more restart equals the fold', sameState(report.restored, report.folded)],
  [`every client's mirror equals its view (${mirrorsOff} off)`, mirrorsOff === 0],
  ['no INTERNAL answer', report.internal === 0],
];
printTable(`Verdict (${report.events} events in the log, ${(report.durationMs / 1000).toFixed(1)} s)`, ['check', 'result'], checks.map(([label, ok]) => [label, ok ? 'ok' : 'FAILED']));
for (const problem of report.problems.slice(0, 20)) console.log(`  ! ${problem}`);
if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
