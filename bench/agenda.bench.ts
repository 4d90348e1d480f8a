/**
 * `npm run bench`: schedules and seats a large, realistic workshop with our algorithms and with
 * the greedy yardsticks, and prints time, quality and an invariants check side by side.
 * Not a test: numbers are for reading. Everything but the timings is deterministic.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { assignParticipants } from '../shared/src/planning/assignParticipants.ts';
import { assignmentScore } from '../shared/src/planning/assignmentQuality.ts';
import { greedyAssign, greedySchedule } from '../shared/src/planning/greedyBaseline.ts';
import { assignmentViolations, scheduleViolations } from '../shared/src/planning/invariants.ts';
import { DEFAULT_ITERATIONS, scheduleAgenda } from '../shared/src/planning/scheduleAgenda.ts';
import type { AssignmentResult, ScheduleInput } from '../shared/src/planning/types.ts';
import { percent, printTable, ratio } from './table.ts';
import { makeWorkshop } from './workshop.ts';

const RUNS = 5;

/** Median wall time over RUNS runs, and the last result (all runs give the same result). */
function timed<T>(run: () => T): { ms: number; result: T } {
  const times: number[] = [];
  let result = run();
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)] ?? 0, result };
}

const workshop = makeWorkshop();
const voters = Object.keys(workshop.dots).length;
const dotsPlaced = Object.values(workshop.dots).reduce((n, byTopic) => n + Object.values(byTopic).reduce((a, b) => a + b, 0), 0);
const seatsPerSlot = workshop.spaces.reduce((n, s) => n + s.capacity, 0);
const convenerLoad = new Map<string, number>();
for (const t of workshop.topics) for (const c of t.convenerIds) convenerLoad.set(c, (convenerLoad.get(c) ?? 0) + 1);

console.log('Forum Ouvert planning benchmark');
console.log(
  `  ${workshop.participantIds.length} participants (${voters} voted, ${dotsPlaced} dots), ${workshop.topics.length} topics, ` +
    `${convenerLoad.size} conveners (up to ${Math.max(...convenerLoad.values())} topics each), ` +
    `${workshop.slots.length} slots x ${workshop.spaces.length} rooms (${seatsPerSlot} seats per slot)`,
);
console.log(`  node ${process.version}, ${availableParallelism()} CPUs, median of ${RUNS} runs, ${DEFAULT_ITERATIONS.toLocaleString('en-US')} annealing moves`);

const scheduleInput: ScheduleInput = { ...workshop, locked: [] };
const ours = timed(() => scheduleAgenda(scheduleInput));
const greedy = timed(() => greedySchedule(scheduleInput));
printTable('Scheduling: topics into slots x rooms', ['', 'ours', 'greedy', 'ours/greedy'], [
  ['time (ms)', ours.ms, greedy.ms, ratio(ours.ms, greedy.ms)],
  ['topics scheduled', ours.result.placements.length, greedy.result.placements.length, ratio(ours.result.placements.length, greedy.result.placements.length)],
  ['conflicts (people x slots with 2+ wishes)', ours.result.conflicts, greedy.result.conflicts, ratio(ours.result.conflicts, greedy.result.conflicts)],
  ['clash pairs', ours.result.clashPairs, greedy.result.clashPairs, ratio(ours.result.clashPairs, greedy.result.clashPairs)],
]);

const assignInput = { ...workshop, placements: ours.result.placements };
const seated = timed(() => assignParticipants(assignInput));
const greedySeated = timed(() => greedyAssign(assignInput));
const endToEnd = greedyAssign({ ...workshop, placements: greedy.result.placements });
const qualityRows = (label: string, pick: (r: AssignmentResult) => number, show: (n: number) => string | number) => [
  label,
  show(pick(seated.result)),
  show(pick(greedySeated.result)),
  ratio(pick(seated.result), pick(greedySeated.result)),
  show(pick(endToEnd)),
];
printTable('Assignment: participants into groups, on our agenda (last column: greedy agenda + greedy seats)', ['', 'ours', 'greedy', 'ours/greedy', 'all greedy'], [
  ['time (ms)', seated.ms, greedySeated.ms, ratio(seated.ms, greedySeated.ms), '-'],
  qualityRows('objective: dots honoured', (r) => assignmentScore(r.assignments, workshop.dots), (n) => n),
  qualityRows('placedShare', (r) => r.quality.placedShare, percent),
  qualityRows('topChoiceShare', (r) => r.quality.topChoiceShare, percent),
  qualityRows('unassigned (people x slots)', (r) => r.quality.unassigned, (n) => n),
  qualityRows('empty groups', (r) => r.quality.emptyGroups, (n) => n),
  qualityRows('full groups', (r) => r.quality.fullGroups, (n) => n),
]);

const checks: [string, string[]][] = [
  ['our agenda', scheduleViolations(scheduleInput, ours.result)],
  ['greedy agenda', scheduleViolations(scheduleInput, greedy.result)],
  ['our seats', assignmentViolations(assignInput, seated.result)],
  ['greedy seats', assignmentViolations(assignInput, greedySeated.result)],
];
const sameAgenda = JSON.stringify(scheduleAgenda(scheduleInput)) === JSON.stringify(ours.result);
const sameSeats = JSON.stringify(assignParticipants(assignInput)) === JSON.stringify(seated.result);
console.log('\nInvariants');
for (const [name, problems] of checks) {
  console.log(`  ${name.padEnd(14)} ${problems.length === 0 ? 'OK' : `${problems.length} violations, e.g. ${problems[0]}`}`);
}
console.log(`  deterministic  ${sameAgenda && sameSeats ? 'OK (same agenda and seats on a second run)' : 'NO'}`);
if (checks.some(([, problems]) => problems.length > 0) || !sameAgenda || !sameSeats) process.exitCode = 1;
