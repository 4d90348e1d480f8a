import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Machine } from './machine.ts';
import type { Options } from './options.ts';
import type { RunOutcome } from './runOne.ts';
import { SERVER_KINDS } from './scenario.ts';
import { judgeTargets, type Verdict } from './targets.ts';

const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

export interface LoadResults {
  startedAt: string;
  machine: Machine;
  options: Options;
  runs: RunOutcome[];
  targets: Verdict[];
}

/**
 * Writes `bench/results/load-<date>.json` and, for a run of the whole matrix, copies it to
 * `load-latest.json`, the one kept in git (a smoke run or a subset never replaces it).
 * A lost dot's latency is `Infinity`, which JSON cannot hold: it is written as the string "Infinity".
 */
export function writeResults(machine: Machine, options: Options, startedAt: Date, runs: RunOutcome[]): string {
  const results: LoadResults = { startedAt: startedAt.toISOString(), machine, options, runs, targets: judgeTargets(runs) };
  mkdirSync(resultsDir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/:/g, '-').replace(/\..*$/, '');
  const file = `${resultsDir}load-${stamp}.json`;
  writeFileSync(file, JSON.stringify(results, (_key, value: unknown) => (value === Infinity ? 'Infinity' : value), 2) + '\n');
  const wholeMatrix = !options.quick && options.participants === null && options.kinds.length === SERVER_KINDS.length;
  if (wholeMatrix) copyFileSync(file, `${resultsDir}load-latest.json`);
  return file;
}
