import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from './ids.ts';
import { IdSchema, JoinCodeSchema } from './ids.schema.ts';

const LOOK_ALIKES = ['0', 'O', '1', 'I', 'L'];
const codeArb = fc.string({ unit: fc.constantFrom(...JOIN_CODE_ALPHABET), minLength: JOIN_CODE_LENGTH, maxLength: JOIN_CODE_LENGTH });

describe('JoinCodeSchema', () => {
  it.each([
    ['as printed', 'ABC234', 'ABC234'],
    ['typed in lowercase', 'abc234', 'ABC234'],
    ['in mixed case', 'aBc234', 'ABC234'],
    ['with spaces around', '  abc234 \n', 'ABC234'],
  ])('accepts a code %s', (_, input, code) => {
    expect(JoinCodeSchema.parse(input)).toBe(code);
  });

  it.each(LOOK_ALIKES.flatMap((c) => [c, c.toLowerCase()]))('refuses the look-alike %j', (c) => {
    expect(JoinCodeSchema.safeParse(`ABC23${c}`).success).toBe(false);
  });

  it.each([
    ['too short', 'ABC23'],
    ['too long', 'ABC2345'],
    ['empty', ''],
    ['with a space inside', 'ABC 234'],
    ['with a dash', 'ABC-23'],
    ['with an accent', 'ÉBC234'],
  ])('refuses a code %s', (_, input) => {
    expect(JoinCodeSchema.safeParse(input).success).toBe(false);
  });

  it('uses an alphabet free of look-alikes and of repeats', () => {
    for (const c of LOOK_ALIKES) expect(JOIN_CODE_ALPHABET).not.toContain(c);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it('accepts every code drawn from the alphabet, in any case', () => {
    fc.assert(
      fc.property(codeArb, fc.boolean(), (code, lower) => {
        expect(JoinCodeSchema.parse(lower ? code.toLowerCase() : code)).toBe(code);
      }),
    );
  });
});

describe('IdSchema', () => {
  it.each(['p1', 't_new1', 'a-B_9'])('accepts %j', (id) => expect(IdSchema.safeParse(id).success).toBe(true));
  it.each(['', 'a b', 'é', 'x'.repeat(65), 'a/b'])('refuses %j', (id) => expect(IdSchema.safeParse(id).success).toBe(false));
  // Found by tests/integration/hostileInput.test.ts: `state.topics.constructor` exists on every state.
  it.each(Object.getOwnPropertyNames(Object.prototype))('refuses %j, which every plain object already has', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false);
  });
  it.each(['constructor1', 'my__proto__', 'toStringX'])('accepts %j, which only looks like one', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(true);
  });
});
