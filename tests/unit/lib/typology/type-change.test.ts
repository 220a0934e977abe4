import { describe, expect, it } from 'vitest';
import { changedBeyondPrecision, typesWithinPrecision } from '../../../../src/lib/typology/type-change.ts';
import type { TypeSlug } from '../../../../src/lib/typology/wrr-types.ts';

describe('a change beyond the precision of the figures', () => {
  it.each<[string, TypeSlug[], TypeSlug[], boolean]>([
    ['the same type', ['tuinbouw'], ['tuinbouw'], false],
    ['another type that neither year’s rounding allows', ['tuinbouw'], ['gemiddeld'], true],
    ['another type the first year’s rounding allows', ['tuinbouw', 'gemiddeld'], ['gemiddeld'], false],
    ['another type the second year’s rounding allows', ['expat'], ['tuinbouw', 'expat'], false],
    ['two open types without one in common', ['tuinbouw', 'homogeen'], ['expat', 'gemiddeld'], true],
  ])('%s', (_, from, to, changed) => {
    expect(changedBeyondPrecision(from, to)).toBe(changed);
  });

  it('widens only a type by the rules: a type a source names has no rounding', () => {
    expect(typesWithinPrecision('gemiddeld', 'gemiddeld', ['tuinbouw'])).toEqual(['gemiddeld', 'tuinbouw']);
    expect(typesWithinPrecision('expat', 'gemiddeld', ['tuinbouw'])).toEqual(['expat']);
  });
});
