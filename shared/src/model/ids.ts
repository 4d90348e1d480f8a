import { LIMITS } from './limits.ts';

/**
 * Names every plain object already answers to (`constructor`, `__proto__`, `toString`...). The
 * state keeps topics, dots and proposals in plain objects, so `state.topics['constructor']` would
 * find a "topic" nobody proposed and decide would accept events that corrupt the log. No id the
 * server makes can take these names, so they are refused wherever an id comes in.
 */
const INHERITED_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** Ids are made by the server (or by the client for command ids); they are short opaque strings. */
export const ID_PATTERN = new RegExp(`^(?!(?:${INHERITED_NAMES.join('|')})$)[A-Za-z0-9_-]+$`);

/** The same test as IdSchema without zod, for code on a phone's first load (see scripts/check-bundle-size.mjs). */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.idMax && ID_PATTERN.test(value);
}

/** Join codes avoid look-alike characters (0/O, 1/I/L) so they can be read off a projector. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
