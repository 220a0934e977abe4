import { describe, expect, it } from 'vitest';
import { dutchRange, homogeneousRange, withinRange } from '../../../../src/lib/evidence/whole-percents.ts';

const shares = (western: number, nonWestern: number, inhabitants = 1) => ({
  inhabitants,
  western: western / 100,
  nonWestern: nonWestern / 100,
});

describe('what whole-percent rounding leaves open', () => {
  it.each([
    [shares(4, 5), { low: 0.9, high: 0.92 }],
    [shares(0, 10), { low: 0.89, high: 0.905 }],
    [shares(6, 5), { low: 0.88, high: 0.9 }],
  ])('published %j: Dutch background above low, up to high', (published, range) => {
    expect(dutchRange(published)).toEqual(range);
  });

  it('counts who is certainly and who may be above the limit', () => {
    const municipalities = [
      shares(4, 5, 100), // 91% published: certainly above 90%
      shares(5, 5, 20), // 90%: may be above
      shares(6, 5, 3), // 89%: at most exactly 90%, not above
    ];
    expect(homogeneousRange(municipalities, 0.9)).toEqual({
      lowest: { municipalities: 1, inhabitants: 100 },
      highest: { municipalities: 2, inhabitants: 120 },
    });
    // Exact figures leave nothing open.
    expect(homogeneousRange(municipalities, 0.9, 0)).toEqual({
      lowest: { municipalities: 1, inhabitants: 100 },
      highest: { municipalities: 1, inhabitants: 100 },
    });
  });

  const range = { lowest: { municipalities: 1, inhabitants: 100 }, highest: { municipalities: 2, inhabitants: 120 } };
  it.each([
    [99, false],
    [100, true],
    [110, true],
    [120, true],
    [121, false],
  ])('a count of %i inhabitants is within the range 100 to 120: %s', (inhabitants, within) => {
    expect(withinRange(inhabitants, range)).toBe(within);
  });
});
