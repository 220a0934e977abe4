import type { Municipality, TypologyCheck } from '../../src/lib/dataset.ts';
import { leaveOneOut, namedSamples, sensitivity } from '../../src/lib/calibration.ts';
import type { Measurements } from '../../src/lib/metrics.ts';
import { homogeneousRange } from '../../src/lib/rounding.ts';
import { RULES } from '../../src/lib/rules.ts';
import type { Inputs } from './read-inputs.ts';
import type { TypedYear } from './type-year.ts';

/**
 * Step 6, how well the typology holds up: agreement with the WRR's list when each named
 * municipality is left out of the calibration in turn; how many municipalities change type when
 * a threshold moves a step; and how many people the WRR's year's rounding allows in homogeneous
 * municipalities, beside the WRR's own count.
 */
export function checkTypology(
  inputs: Inputs,
  years: readonly TypedYear[],
  municipalities: readonly Municipality[],
): TypologyCheck {
  const { reference } = inputs;
  const year = years.find((y) => y.year === reference.year)!;
  const samples = namedSamples(year.municipalities);
  const groups: Record<string, Measurements[]> = {
    ...Object.fromEntries(
      years.map((y) => [String(y.year), municipalities.map((m) => m.years[String(y.year)]!.typing.measurements)]),
    ),
    named: samples.map((s) => s.measurements),
  };
  const rounded = inputs.statistics.find((s) => s.source.year === reference.year)!.source.unit === 'percent';
  const published = year.municipalities.map((m) => ({
    inhabitants: m.figures.inhabitants,
    western: m.figures.shares.western * 100,
    nonWestern: m.figures.shares.nonWestern * 100,
  }));
  const homogeneous = year.municipalities.filter((m) => m.typing.derived === 'homogeen');
  const { limit, ...wrr } = reference.homogeneous;
  return {
    leaveOneOut: leaveOneOut(samples, year.national.shares, RULES),
    sensitivity: sensitivity(RULES, groups),
    homogeneous: {
      year: reference.year,
      limit,
      rounded,
      ...homogeneousRange(published, limit * 100, rounded ? 0.5 : 0),
      derived: {
        municipalities: homogeneous.length,
        inhabitants: homogeneous.reduce((sum, m) => sum + m.figures.inhabitants, 0),
      },
      total: year.national.inhabitants,
      wrr,
    },
  };
}
