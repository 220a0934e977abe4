import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/classify.ts';
import type { Measurements } from '../../src/lib/metrics.ts';
import type { TypeSlug } from '../../src/lib/wrr-types.ts';

/** A municipality close to the national picture: it passes no rule and is "gemiddeld". */
const AVERAGE: Measurements = {
  dutch: 0.8,
  western: 0.08,
  nonWestern: 0.12,
  otherNonWestern: 0.04,
  classicShare: 0.4,
  westernRatio: 0.67,
  groupRatio: 1,
  groupShare: 0.02,
  inhabitants: 40_000,
  borderDistanceKm: 30,
  bordersBigCity: 0,
};
const type = (overrides: Partial<Measurements>) => classify({ ...AVERAGE, ...overrides }).type;

// One block per rule: the type exactly at every threshold, and just across each threshold.
describe.each<[string, Partial<Measurements>, [Partial<Measurements>, TypeSlug][]]>([
  [
    'meerderheid-minderheid',
    { dutch: 0.52, nonWestern: 0.25 },
    [
      [{ dutch: 0.5201 }, 'gemiddeld'],
      [{ nonWestern: 0.2499 }, 'gemiddeld'],
    ],
  ],
  [
    'grens',
    { borderDistanceKm: 1, western: 0.1, westernRatio: 1.3 },
    [
      [{ borderDistanceKm: 1.1 }, 'gemiddeld'],
      [{ western: 0.0999 }, 'gemiddeld'],
      [{ westernRatio: 1.29 }, 'gemiddeld'],
    ],
  ],
  ['homogeen', { dutch: 0.9001 }, [[{ dutch: 0.9 }, 'gemiddeld']]],
  [
    'voorstad',
    { bordersBigCity: 1, nonWestern: 0.15, classicShare: 0.2001 },
    [
      [{ bordersBigCity: 0 }, 'gemiddeld'],
      [{ nonWestern: 0.1499 }, 'gemiddeld'],
      [{ classicShare: 0.2 }, 'gemiddeld'],
    ],
  ],
  [
    'grootstedelijk',
    { inhabitants: 100_000, nonWestern: 0.12 },
    [
      [{ inhabitants: 99_999 }, 'gemiddeld'],
      [{ nonWestern: 0.1199 }, 'gemiddeld'],
    ],
  ],
  [
    'specifieke-minderheid',
    { groupRatio: 2.5, groupShare: 0.02, inhabitants: 99_999 },
    [
      [{ groupRatio: 2.49 }, 'gemiddeld'],
      [{ groupShare: 0.0199 }, 'gemiddeld'],
      // A city of 100,000 or more is a city type, not a "middelgrote gemeente".
      [{ inhabitants: 100_000 }, 'grootstedelijk'],
    ],
  ],
  [
    'expat',
    { western: 0.12, classicShare: 0.2, otherNonWestern: 0.03 },
    [
      [{ western: 0.1199 }, 'gemiddeld'],
      [{ classicShare: 0.2001 }, 'gemiddeld'],
      [{ otherNonWestern: 0.0299 }, 'gemiddeld'],
    ],
  ],
  [
    'tuinbouw',
    { western: 0.08, nonWestern: 0.07, westernRatio: 1.5 },
    [
      [{ western: 0.0799 }, 'gemiddeld'],
      [{ nonWestern: 0.0701 }, 'gemiddeld'],
      [{ westernRatio: 1.49 }, 'gemiddeld'],
      // On the border, Western inhabitants are neighbours: not a horticulture pattern.
      [{ borderDistanceKm: 1 }, 'gemiddeld'],
    ],
  ],
])('rule %s', (expected, atThresholds, across) => {
  it('holds exactly at its thresholds', () => {
    expect(type(atThresholds)).toBe(expected);
  });
  it.each(across)('fails just across a threshold: %o', (change, then) => {
    expect(type({ ...atThresholds, ...change })).toBe(then);
  });
});

describe('rule order', () => {
  it.each<[string, Partial<Measurements>, TypeSlug]>([
    [
      'a superdiverse big city is not a provincial city',
      { dutch: 0.49, nonWestern: 0.35, inhabitants: 800_000 },
      'meerderheid-minderheid',
    ],
    [
      'a homogeneous border village with Germans is a border municipality',
      { borderDistanceKm: 0, western: 0.14, westernRatio: 2, dutch: 0.91 },
      'grens',
    ],
    [
      'an expat suburb next to a big city is an expat municipality',
      { bordersBigCity: 1, nonWestern: 0.19, western: 0.19, classicShare: 0.16, otherNonWestern: 0.13 },
      'expat',
    ],
    ['the average municipality', {}, 'gemiddeld'],
  ])('%s', (_, overrides, expected) => {
    expect(type(overrides)).toBe(expected);
  });
});

describe('runner-up and margin', () => {
  it('names the type the winner gives way to, and by how much', () => {
    const result = classify({ ...AVERAGE, dutch: 0.49, nonWestern: 0.35, inhabitants: 800_000 });
    expect(result).toMatchObject({ runnerUp: 'grootstedelijk', pivotRule: 'meerderheid-minderheid' });
    expect(result.pivots.map((p) => p.metric)).toEqual(['dutch']);
    expect(result.margin).toBeCloseTo(3);
  });

  it('for "gemiddeld", names the nearest type and every test it would have to pass', () => {
    const result = classify(AVERAGE);
    expect(result.runnerUp).toBe('expat');
    expect(result.pivots.map((p) => p.metric)).toEqual(['western', 'classicShare']);
    expect(result.margin).toBeCloseTo(4);
  });

  it('a value on the threshold is a borderline case', () => {
    expect(classify({ ...AVERAGE, groupRatio: 2.5, groupShare: 0.02 }).margin).toBe(0);
  });
});
