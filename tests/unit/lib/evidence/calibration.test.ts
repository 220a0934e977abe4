import { describe, expect, it } from 'vitest';
import {
  agreementWith,
  anchorOf,
  calibrate,
  calibratedSlots,
  flatRange,
  namedExtreme,
  setAtNamed,
  wilsonInterval,
  gridOf,
  leaveOneOut,
  sensitivity,
  thresholdDifferences,
  type Sample,
} from '../../../../src/lib/evidence/calibration.ts';
import type { Measurements } from '../../../../src/lib/typology/metrics.ts';
import type { GroupValues } from '../../../../src/lib/figures/migration-groups.ts';
import { RULES, type NamedRounding, type Rule, type Search } from '../../../../src/lib/typology/rules.ts';
import type { TypeSlug } from '../../../../src/lib/typology/wrr-types.ts';

const national = { western: 0.096, nonWestern: 0.121, otherNonWestern: 0.03 } as GroupValues;
const measured = (western: number): Measurements => ({ western }) as Measurements;
const sample = (code: string, western: number, named: TypeSlug): Sample => ({
  code,
  name: code,
  measurements: measured(western),
  named,
});
/** One calibrated rule: expat when the Western share reaches the threshold; else average. */
const rules = (search: Search, threshold = 0.5): Rule[] => [
  {
    type: 'expat',
    conditions: [
      { metric: 'western', comparison: 'atLeast', threshold, provenance: '', origin: { kind: 'calibrated', search } },
    ],
  },
  { type: 'gemiddeld', conditions: [] },
];

describe('the calibration search', () => {
  it('searches in steps of the measurement, towards a number or a national share', () => {
    expect(gridOf('western', { from: 0.05, to: 0.08 })).toEqual([0.05, 0.06, 0.07, 0.08]);
    expect(gridOf('westernRatio', { from: 1, to: 2 })).toEqual([1, 1.25, 1.5, 1.75, 2]);
    expect(anchorOf({ from: 0, to: 1, towards: 0.2 }, national)).toBe(0.2);
    expect(anchorOf({ from: 0, to: 1, towards: { national: 'western' } }, national)).toBe(0.096);
    expect(anchorOf({ from: 0, to: 1 }, national)).toBeUndefined();
  });

  const samples = [sample('A', 0.05, 'gemiddeld'), sample('B', 0.2, 'expat')];
  it.each<[string, Search, number]>([
    ['towards the value the WRR points to', { from: 0, to: 0.3, towards: 0.17 }, 0.17],
    ['towards a national share', { from: 0, to: 0.3, towards: { national: 'western' } }, 0.1],
    ['without one: the simplest number, then the smallest', { from: 0, to: 0.3 }, 0.1],
    ['to the edge of the best values when the WRR points outside them', { from: 0, to: 0.3, towards: 0.25 }, 0.2],
  ])('breaks a tie %s', (_, search, threshold) => {
    const found = calibrate(samples, national, rules(search));
    expect(found.agreeing).toBe(2);
    expect(found.rules[0]!.conditions[0]!.threshold).toBe(threshold);
  });

  it('finds the same thresholds whatever the table holds, and says where the table differs', () => {
    const search = { from: 0, to: 0.3, towards: 0.17 };
    const fromTable = (threshold: number) => calibrate(samples, national, rules(search, threshold)).rules;
    expect(fromTable(0.01)).toEqual(fromTable(0.3));
    expect(thresholdDifferences(fromTable(0.01), rules(search, 0.5))).toEqual([
      'expat western: 0.5 in the table, 0.17 found',
    ]);
    expect(thresholdDifferences(fromTable(0.01), fromTable(0.3))).toEqual([]);
  });

  it('leave-one-out: calibrates without each sample in turn and classifies it', () => {
    const three = [...samples, sample('C', 0.08, 'expat')];
    const search = { from: 0, to: 0.3, towards: 0.15 };
    expect(agreementWith(three, calibrate(three, national, rules(search)).rules)).toBe(3);
    // Without C, the threshold goes to 0.15 (nearest the anchor), and C at 8% falls below it.
    const result = leaveOneOut(three, national, rules(search));
    expect(result).toMatchObject({
      agreeing: 2,
      total: 3,
      byType: { expat: { agreeing: 1, total: 2 }, gemiddeld: { agreeing: 1, total: 1 } },
      misses: [{ code: 'C', name: 'C', named: 'expat', derived: 'gemiddeld' }],
    });
    expect(result.ruleSets.map((r) => r[0]!.conditions[0]!.threshold)).toEqual([0.08, 0.08, 0.15]);
  });

  it('counts the municipalities that change type when a threshold moves a step either way', () => {
    const table = rules({ from: 0, to: 0.3 }, 0.1);
    const [row] = sensitivity(table, { all: [0.09, 0.1, 0.11, 0.2].map(measured) });
    expect(row).toMatchObject({ type: 'expat', metric: 'western', threshold: 0.1, step: 0.01 });
    expect(row!.down).toEqual({ all: 1 });
    expect(row!.up).toEqual({ all: 1 });
  });

  it('the project’s own table says where every threshold comes from, in words that match its kind', () => {
    for (const condition of RULES.flatMap((r) => r.conditions)) {
      expect(['wrr', 'named', 'calibrated', 'choice']).toContain(condition.origin.kind);
      expect(condition.provenance.length, condition.provenance).toBeGreaterThan(10);
    }
  });
});

describe('thresholds set at a named municipality', () => {
  const at = (metric: 'dutch' | 'inhabitants', comparison: 'atMost' | 'atLeast', round: NamedRounding): Rule[] => [
    {
      type: 'meerderheid-minderheid',
      conditions: [{ metric, comparison, threshold: 0, provenance: '', origin: { kind: 'named', round } }],
    },
    { type: 'gemiddeld', conditions: [] },
  ];
  const city = (code: string, dutch: number, inhabitants: number, named: TypeSlug = 'meerderheid-minderheid') => ({
    code,
    name: code,
    measurements: { dutch, inhabitants } as Measurements,
    named,
  });
  const cities = [city('A', 0.49, 820_000), city('B', 0.51, 118_899), city('C', 0.7, 50_000, 'gemiddeld')];

  it.each<[string, Rule[], number]>([
    ['at most: the largest value of the type’s examples, one step beyond', at('dutch', 'atMost', 'step-beyond'), 0.52],
    [
      'at least: the smallest, down to a whole hundred thousand',
      at('inhabitants', 'atLeast', 'hundred-thousand'),
      100_000,
    ],
    ['as it is', at('dutch', 'atMost', 'as-is'), 0.51],
  ])('%s', (_, table, threshold) => {
    expect(setAtNamed(cities, table)[0]!.conditions[0]!.threshold).toBe(threshold);
    expect(calibrate(cities, national, table).rules[0]!.conditions[0]!.threshold).toBe(threshold);
  });

  it('names the example it is set at, and is set again without it in leave-one-out', () => {
    const table = at('dutch', 'atMost', 'step-beyond');
    expect(namedExtreme(cities, table[0]!, table[0]!.conditions[0]!)).toEqual({
      value: 0.51,
      samples: [{ code: 'B', name: 'B' }],
    });
    // Without B the threshold is A's 49% + 1 point, and B at 51% no longer passes.
    const result = leaveOneOut(cities, national, table);
    expect(result.misses.map((m) => [m.code, m.derived])).toEqual([['B', 'gemiddeld']]);
  });
});

describe('how much the data tell a calibrated threshold apart', () => {
  it('gives the stretch of the grid that agrees as well as the table’s value, and whether it reaches an end', () => {
    const samples = [sample('A', 0.05, 'gemiddeld'), sample('B', 0.2, 'expat')];
    const search = { from: 0, to: 0.3 };
    const table = rules(search, 0.1);
    const [slot] = calibratedSlots(table);
    // Every threshold above 5% and at most 20% puts both right.
    expect(flatRange(samples, table, slot!)).toEqual({ from: 0.06, to: 0.2, atEnd: false });
    // Alone, B fits every value up to 20%: down to 0, where a share ends, so no further is cut off...
    expect(flatRange([sample('B', 0.2, 'expat')], table, slot!)).toEqual({ from: 0, to: 0.2, atEnd: false });
    // ...but a search from 5% stops where the data do not, and says so.
    const narrow = rules({ from: 0.05, to: 0.3 }, 0.1);
    expect(flatRange([sample('B', 0.2, 'expat')], narrow, calibratedSlots(narrow)[0]!)).toEqual({
      from: 0.05,
      to: 0.2,
      atEnd: true,
    });
  });
});

describe('the Wilson interval', () => {
  it.each([
    [44, 55, 0.6764, 0.8845],
    [0, 5, 0, 0.4345],
    [5, 5, 0.5655, 1],
  ])('%i of %i: %f to %f', (k, n, low, high) => {
    const interval = wilsonInterval(k, n);
    expect(interval.low).toBeCloseTo(low, 3);
    expect(interval.high).toBeCloseTo(high, 3);
  });
});
