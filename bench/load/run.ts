/**
 * `npm run bench:load`: the app against a bare Socket.IO server and a coalescing one, under the
 * same open-loop vote bursts, each server and the load generator in processes of their own.
 * A benchmark, not a test: it prints tables and writes bench/results/load-<date>.json.
 * Options: --quick (a smoke run), --only app|baseline, --n <participants>, --retries <k> (NOISY runs
 * tried again, after waiting for other processes to calm down; 2 by default, 0 with --quick).
 */
import { describeMachine, machineLine, quietMachine } from './machine.ts';
import { scenariosOf } from './matrix.ts';
import { readOptions } from './options.ts';
import { printLegend, printScenario, printSummary } from './report.ts';
import { writeResults } from './results.ts';
import { OTHER_CPU_LIMIT, runOne, type RunOutcome } from './runOne.ts';
import { scenarioName, SERVER_LABELS, type Scenario, type ServerKind } from './scenario.ts';

const options = readOptions(process.argv.slice(2));
const machine = describeMachine();
const startedAt = new Date();
const scenarios = scenariosOf(options);

console.log('Forum Ouvert load benchmark');
console.log(`  ${machineLine(machine)}`);
console.log(`  app: server/src/index.ts through tsx, SQLite in a temporary folder; ${scenarios.length * options.kinds.length} runs`);
printLegend();

/** How long to wait for other processes to calm down before a run; a smoke run does not wait. */
const PATIENCE_MS = options.quick ? 0 : 60_000;

/** One run, tried again (up to `--retries` times) when other processes made it NOISY. */
async function measure(kind: ServerKind, scenario: Scenario): Promise<RunOutcome> {
  for (let attempt = 0; ; attempt++) {
    const busy = await quietMachine(OTHER_CPU_LIMIT, PATIENCE_MS);
    process.stdout.write(`  running ${scenarioName(scenario)} on ${SERVER_LABELS[kind]} (other processes: ${busy.toFixed(2)} cores)…`);
    const started = Date.now();
    const outcome = await runOne(kind, scenario);
    const noisy = !('error' in outcome) && !outcome.quiet;
    console.log(` ${((Date.now() - started) / 1000).toFixed(0)} s${'error' in outcome ? ` FAILED: ${outcome.error}` : noisy ? ' NOISY' : ''}`);
    if (!noisy || attempt >= options.retries) return outcome;
  }
}

const outcomes: RunOutcome[] = [];
for (const scenario of scenarios) {
  for (const kind of options.kinds) {
    outcomes.push(await measure(kind, scenario));
  }
  printScenario(scenario, outcomes);
}
printSummary(outcomes);
console.log(`\nRaw results: ${writeResults(machine, options, startedAt, outcomes)}`);
