import { describe, expect, it } from 'vitest';
import { dutchRange, homogeneousRange } from '../../src/lib/rounding.ts';

describe('what whole-percent rounding leaves open', () => {
  it.each([
    [
      { western: 4, nonWestern: 5 },
      { low: 90, high: 92 },
    ],
    [
      { western: 0, nonWestern: 10 },
      { low: 89, high: 90.5 },
    ],
    [
      { western: 6, nonWestern: 5 },
      { low: 88, high: 90 },
    ],
  ])('published %j: Dutch background above low, up to high', (shares, range) => {
    expect(dutchRange({ inhabitants: 1, ...shares })).toEqual(range);
  });

  it('counts who is certainly and who may be above the limit', () => {
    const municipalities = [
      { inhabitants: 100, western: 4, nonWestern: 5 }, // 91% published: certainly above 90%
      { inhabitants: 20, western: 5, nonWestern: 5 }, // 90%: may be above
      { inhabitants: 3, western: 6, nonWestern: 5 }, // 89%: at most exactly 90%, not above
    ];
    expect(homogeneousRange(municipalities, 90)).toEqual({
      lowest: { municipalities: 1, inhabitants: 100 },
      highest: { municipalities: 2, inhabitants: 120 },
    });
    // Exact figures leave nothing open.
    expect(homogeneousRange(municipalities, 90, 0)).toEqual({
      lowest: { municipalities: 1, inhabitants: 100 },
      highest: { municipalities: 1, inhabitants: 100 },
    });
  });
});
