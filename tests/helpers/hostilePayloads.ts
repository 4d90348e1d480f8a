import fc from 'fast-check';
import { ERROR_CODES, type Command, type CommandType, type ErrorCode } from '@forum-ouvert/shared';
import { SAMPLES } from '../../shared/src/testing/commandSamples.ts';
import { renameIds } from './renameIds.ts';

/** Keys that reach for the prototype of whatever object parses them. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Names every plain object answers to: as ids, they would find things nobody created. */
export const INHERITED_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** A refusal a client can act on; INTERNAL (a server fault) and RATE_LIMITED are not among them. */
export const CLEAR_REFUSALS: readonly ErrorCode[] = ERROR_CODES.filter((code) => code !== 'INTERNAL' && code !== 'RATE_LIMITED');

/** Every event the server listens to on a socket, and whether it answers (an ack) or drops what is wrong. */
export const LISTENED = {
  command: 'acked',
  sync: 'acked',
  'notes:open': 'acked',
  'notes:update': 'acked',
  'notes:awareness': 'dropped',
  'notes:close': 'dropped',
} as const;
export type ListenedEvent = keyof typeof LISTENED;

/** Names Socket.IO keeps for itself: a client library refuses to emit them. */
export const RESERVED_EVENTS = ['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener'];

const keyArb = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS, ...INHERITED_NAMES, 'type', 'commandId', 'command', 'since', 'slotId', 'topicId', 'update', 'stateVector', 'role'),
  fc.string({ maxLength: 10 }),
);

/** Numbers at the edges; NaN and the infinities travel as null, -0 as 0 (JSON cannot say them). */
const oddNumberArb = fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1, 0.5, Number.MAX_SAFE_INTEGER + 2, 2 ** 31);

/**
 * Strings just over a zod limit: ids (64), titles (120), descriptions (1000), state vectors (4 KB).
 * Near the whole message size they would add up past it and close the socket: the size test does that.
 */
export const longStringArb = fc.constantFrom(65, 121, 1001, 4097).map((n) => 'x'.repeat(n));

/** Whatever a broken or hostile client may put anywhere: any shape, prototype keys, odd numbers, binary. */
export const junkArb: fc.Arbitrary<unknown> = fc.anything({
  key: keyArb,
  maxDepth: 3,
  maxKeys: 6,
  values: [oddNumberArb, fc.string({ maxLength: 20 }), longStringArb, fc.boolean(), fc.constant(null)],
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
});

/** `levels` arrays or objects inside one another. */
export function nested(levels: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** The same nesting as JSON text, for raw packets no client library would build. */
export function nestedJson(levels: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? `${'['.repeat(levels)}0${']'.repeat(levels)}` : `${'{"a":'.repeat(levels)}0${'}'.repeat(levels)}`;
}

/** One valid command of every type as this role sends it (fixture ids: p1, t1, sl1...). */
export function sampleCommands(role: 'facilitator' | 'participant'): Command[] {
  return (Object.keys(SAMPLES) as CommandType[]).map((type) => SAMPLES[type].command(role) as Command);
}

/** One valid command of every type, as the facilitator and as a participant send it. */
export const SAMPLE_COMMANDS: readonly Command[] = [...sampleCommands('facilitator'), ...sampleCommands('participant')];

type Mutation = (command: Record<string, unknown>) => unknown;

function keyAt(command: Record<string, unknown>, index: number): string {
  const keys = Object.keys(command);
  return keys[index % keys.length] ?? 'type';
}

/** Ways to break a valid command: a field missing, of the wrong type, too long, an unknown type, odd extras. */
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (c) => Object.fromEntries(Object.entries(c).filter(([key]) => key !== keyAt(c, i)))),
  fc.tuple(fc.nat(), junkArb).map(([i, value]): Mutation => (c) => ({ ...c, [keyAt(c, i)]: value })),
  fc.tuple(fc.nat(), longStringArb).map(([i, value]): Mutation => (c) => ({ ...c, [keyAt(c, i)]: value })),
  fc.tuple(fc.nat(), oddNumberArb).map(([i, value]): Mutation => (c) => ({ ...c, [keyAt(c, i)]: value })),
  fc.string().map((type): Mutation => (c) => ({ ...c, type })),
  fc.dictionary(keyArb, junkArb, { maxKeys: 3 }).map((extra): Mutation => (c) => ({ ...extra, ...c, ...extra })),
  fc.tuple(fc.nat(), fc.constantFrom<'array' | 'object'>('array', 'object')).map(([i, kind]): Mutation => (c) => ({ ...c, [keyAt(c, i)]: nested(200, kind) })),
);

/** A sample command broken one way or another, in an envelope that may be broken too. */
export const brokenEnvelopeArb: fc.Arbitrary<unknown> = fc.oneof(
  junkArb,
  fc.record({ commandId: fc.oneof(fc.constant('valid-command-id-1'), junkArb), command: junkArb }),
  fc
    .tuple(fc.constantFrom(...SAMPLE_COMMANDS), mutationArb, fc.oneof(fc.constant('valid-command-id-2'), junkArb, longStringArb))
    .map(([command, mutate, commandId]) => ({ commandId, command: mutate(command as Record<string, unknown>) })),
);

const FIXTURE_ID = /^(p\d+|paper\d+|t\d+|tp|sp\d+|sl\d+|pr\d+|th\d+)$/;

function fixtureIdsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && FIXTURE_ID.test(value)) found.add(value);
  else if (Array.isArray(value)) for (const item of value) fixtureIdsIn(item, found);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) fixtureIdsIn(item, found);
  return found;
}

/** Ids that no session holds: made-up ones, and the names every object answers to. */
export const ghostIdArb: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/).map((s) => `ghost-${s}`),
  fc.constantFrom(...INHERITED_NAMES),
);

/** The command with every id it names replaced by `id`; undefined when it names none. */
export function withEveryIdAs(command: Command, id: string): Command | undefined {
  const ids = fixtureIdsIn(command);
  return ids.size === 0 ? undefined : renameIds(command, new Map([...ids].map((fixture) => [fixture, id])));
}

/** Every sample that names something, with all its ids swapped for one the session does not have. */
export const ghostCommandArb: fc.Arbitrary<Command> = fc
  .tuple(fc.constantFrom(...SAMPLE_COMMANDS.filter((command) => fixtureIdsIn(command).size > 0)), ghostIdArb)
  .map(([command, ghost]) => withEveryIdAs(command, ghost) ?? command);

/** Marks where a buffer stood while the rest goes through JSON. */
const BINARY = '\u0000binary';

/**
 * The payload as the server will parse it: JSON turns NaN into null, a Date into a string, a Map
 * into {}, drops undefined; binary travels apart and arrives as a Buffer. The oracle of what a
 * schema makes of a message is asked about this, not about the object the test built.
 */
export function asSent(payload: unknown): unknown {
  const buffers: Buffer[] = [];
  const text = JSON.stringify([payload], function (this: Record<string, unknown>, key: string, value: unknown) {
    const original = this[key];
    if (original instanceof ArrayBuffer) return { [BINARY]: buffers.push(Buffer.from(original)) - 1 };
    if (ArrayBuffer.isView(original)) return { [BINARY]: buffers.push(Buffer.from(original.buffer, original.byteOffset, original.byteLength)) - 1 };
    return value;
  });
  const parsed = JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && BINARY in value ? buffers[(value as Record<string, number>)[BINARY] ?? -1] : value,
  ) as unknown[];
  return parsed[0];
}
