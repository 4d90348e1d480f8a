import { parseArgs } from 'node:util';
import type { ServerKind } from './scenario.ts';

export interface Options {
  /** A small subset, for a smoke run of under two minutes. */
  quick: boolean;
  kinds: ServerKind[];
  /** Only this room size, if given. */
  participants: number | null;
  /** How many more times a NOISY run is tried, after waiting for the machine to calm down. */
  retries: number;
}

const USAGE = 'Usage: npm run bench:load -- [--quick] [--only app|baseline] [--n 500] [--retries 2]';

export function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, n: { type: 'string' }, retries: { type: 'string' } },
  });
  const kinds: ServerKind[] =
    values.only === undefined ? ['app', 'bare', 'coalescing'] : values.only === 'app' ? ['app'] : values.only === 'baseline' ? ['bare', 'coalescing'] : [];
  if (kinds.length === 0) throw new Error(`--only takes app or baseline. ${USAGE}`);
  const participants = values.n === undefined ? null : Number(values.n);
  if (participants !== null && !(Number.isInteger(participants) && participants >= 20)) throw new Error(`--n takes a whole number of at least 20. ${USAGE}`);
  // A smoke run must stay short: it takes what it gets.
  const retries = values.retries === undefined ? (values.quick ? 0 : 2) : Number(values.retries);
  if (!(Number.isInteger(retries) && retries >= 0)) throw new Error(`--retries takes a whole number. ${USAGE}`);
  return { quick: values.quick, kinds, participants, retries };
}
