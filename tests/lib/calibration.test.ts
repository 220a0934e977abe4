import { describe, expect, it } from 'vitest';
import {
  agreementWith,
  anchorOf,
  calibrate,
  gridOf,
  leaveOneOut,
  sensitivity,
  thresholdDifferences,
  type Sample,
} from '../../src/lib/calibration.ts';
import type { Measurements } from '../../src/lib/metrics.ts';
import type { GroupValues } from '../../src/lib/migration-groups.ts';
import { RULES, type Rule, type Search } from '../../src/lib/rules.ts';
import type { TypeSlug } from '../../src/lib/wrr-types.ts';

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
  { type: 'expat', conditions: [{ metric: 'western', comparison: 'atLeast', threshold, provenance: '', search }] },
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
    expect(leaveOneOut(three, national, rules(search))).toEqual({
      agreeing: 2,
      total: 3,
      misses: [{ code: 'C', name: 'C', named: 'expat', derived: 'gemiddeld' }],
    });
  });

  it('counts the municipalities that change type when a threshold moves a step either way', () => {
    const table = rules({ from: 0, to: 0.3 }, 0.1);
    const [row] = sensitivity(table, { all: [0.09, 0.1, 0.11, 0.2].map(measured) });
    expect(row).toMatchObject({ type: 'expat', metric: 'western', threshold: 0.1, step: 0.01 });
    expect(row!.down).toEqual({ all: 1 });
    expect(row!.up).toEqual({ all: 1 });
  });

  it('the project’s own table has a search for every threshold it calls calibrated', () => {
    for (const condition of RULES.flatMap((r) => r.conditions)) {
      expect(condition.provenance.startsWith('Kalibratie'), condition.provenance).toBe(condition.search !== undefined);
    }
  });
});
