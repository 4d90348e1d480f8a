import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PseudonymSchema } from '../model/session.schema.ts';
import { pseudonymFor } from './pseudonym.ts';

describe('pseudonymFor', () => {
  it('gives the same name for the same seed, so a replay names people the same', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        expect(pseudonymFor(seed)).toBe(pseudonymFor(seed));
      }),
    );
  });

  it('always gives an animal and a two-digit number, short enough to be a valid pseudonym', () => {
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const name = pseudonymFor(seed);
        expect(name).toMatch(/^[A-Z][a-z]+ [1-9]\d$/);
        expect(PseudonymSchema.parse(name)).toBe(name);
      }),
    );
  });

  it('names an empty seed too', () => {
    expect(pseudonymFor('').length).toBeGreaterThan(0);
  });

  it('spreads names: a hundred ids get many different ones', () => {
    const names = new Set(Array.from({ length: 100 }, (_, i) => pseudonymFor(`p${i}`)));
    expect(names.size).toBeGreaterThan(80);
  });
});
