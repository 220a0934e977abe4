import { describe, expect, it } from 'vitest';
import { closestCalls } from '../../src/lib/borderline.ts';
import { today } from '../helpers/dataset.ts';

describe('closestCalls (real data)', () => {
  it.each(['2015', '2022'])('lists the municipalities of %s closest to another type first', (year) => {
    const calls = closestCalls(today, year, 15);
    expect(calls.length).toBeGreaterThanOrEqual(15);
    const margins = calls.map((c) => c.typing.margin);
    expect(margins).toEqual([...margins].sort((a, b) => a - b));
    const widest = Math.max(...margins);
    const left = today.filter((m) => !calls.some((c) => c.municipality.code === m.code));
    // Nothing left out is as close as the widest listed: ties are all in.
    expect(left.every((m) => m.years[year]!.typing.margin > widest)).toBe(true);
    // More than fifteen only where the fifteenth is tied with those after it.
    expect(margins.slice(14).every((m) => m === margins[14])).toBe(true);
  });
});
