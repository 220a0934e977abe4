import { describe, expect, it } from 'vitest';
import { classify, shiftAcross } from '../../../../src/lib/typology/classify.ts';
import { RULES } from '../../../../src/lib/typology/rules.ts';
import type { Measurements } from '../../../../src/lib/typology/metrics.ts';
import type { TypeSlug } from '../../../../src/lib/typology/wrr-types.ts';

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

// One block per rule, from the table itself: the type exactly at every threshold of the rule (from
// an average municipality), and another type just across each one.
describe.each(RULES.filter((r) => r.conditions.length > 0).map((r) => [r.type, r] as const))('rule %s', (_, rule) => {
  const atThresholds = shiftAcross(AVERAGE, rule.conditions, true);
  it('holds exactly at its thresholds', () => {
    expect(classify(atThresholds).type).toBe(rule.type);
  });
  it.each(rule.conditions.map((c) => [`${c.metric} ${c.comparison} ${c.threshold}`, c] as const))(
    'fails just across %s',
    (__, condition) => {
      expect(classify(shiftAcross(atThresholds, [condition], false)).type).not.toBe(rule.type);
    },
  );
});

describe('what lies across a threshold', () => {
  const threshold = (type: TypeSlug, metric: keyof Measurements) =>
    RULES.find((r) => r.type === type)!.conditions.find((c) => c.metric === metric)!.threshold;
  it('a middle-sized municipality with one large group becomes a city type at the city size', () => {
    const group = { groupRatio: threshold('specifieke-minderheid', 'groupRatio'), groupShare: 0.02 };
    expect(type({ ...group, inhabitants: threshold('grootstedelijk', 'inhabitants') - 1 })).toBe(
      'specifieke-minderheid',
    );
    expect(type({ ...group, inhabitants: threshold('grootstedelijk', 'inhabitants') })).toBe('grootstedelijk');
  });

  it('on the border, Western inhabitants are neighbours, not a horticulture pattern', () => {
    const horticulture = { western: 0.08, nonWestern: 0.05, westernRatio: 1.6, borderDistanceKm: 5 };
    expect(type(horticulture)).toBe('tuinbouw');
    expect(type({ ...horticulture, borderDistanceKm: threshold('tuinbouw', 'borderDistanceKm') })).not.toBe('tuinbouw');
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
    const result = classify({ ...AVERAGE, dutch: 0.47, nonWestern: 0.35, inhabitants: 800_000 });
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
    const rule = RULES.find((r) => r.type === 'specifieke-minderheid')!;
    expect(classify(shiftAcross(AVERAGE, rule.conditions, true)).margin).toBe(0);
  });
});
