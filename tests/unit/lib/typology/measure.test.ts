import { describe, expect, it } from 'vitest';
import { measure, MissingFigureError, type ClassifierInput } from '../../../../src/lib/typology/metrics.ts';
import type { GroupValues } from '../../../../src/lib/figures/migration-groups.ts';
import { typeMunicipality } from '../../../../scripts/pipeline/type-municipality.ts';

const shares: GroupValues = {
  dutch: 0.76,
  western: 0.08,
  nonWestern: 0.16,
  moroccan: 0.1,
  antillean: 0.01,
  surinamese: 0.01,
  turkish: 0.01,
  otherNonWestern: 0.03,
};
const national: GroupValues = { ...shares, moroccan: 0.02, antillean: 0.01, surinamese: 0.02, turkish: 0.02 };
const gouda: ClassifierInput = { inhabitants: 71_105, shares, borderDistanceKm: 40, bigCityNeighbours: [] };

describe('measure', () => {
  it('finds the most over-represented classic group', () => {
    const m = measure(gouda, { nationalShares: national });
    expect(m.group).toBe('moroccan');
    expect(m.groupRatio).toBe(5);
    expect(m.groupShare).toBe(0.1);
    expect(m.classicShare).toBeCloseTo(0.13 / 0.24, 5);
  });

  it.each(['turkish', 'dutch'] as const)('refuses to guess a missing share: %s', (figure) => {
    const incomplete = { ...gouda, shares: { ...shares, [figure]: undefined } };
    expect(() => measure(incomplete, { nationalShares: national })).toThrow(new MissingFigureError(`shares.${figure}`));
  });

  it('refuses a figure that is not a number', () => {
    expect(() => measure({ ...gouda, inhabitants: Number.NaN }, { nationalShares: national })).toThrow(/"inhabitants"/);
  });

  it('a missing figure stops the build with the municipality, file and line named', () => {
    const incomplete = { ...gouda, borderDistanceKm: undefined as unknown as number };
    expect(() =>
      typeMunicipality(
        { code: 'GM0513', name: 'Gouda', file: 'kwb.csv', line: 12 },
        incomplete,
        { nationalShares: national },
        null,
      ),
    ).toThrow('kwb.csv:12: GM0513 (Gouda): figure "borderDistanceKm" is missing or not a number');
  });
});
