import { describe, expect, it } from 'vitest';
import type { FormerMunicipality } from '../../../../src/lib/figures/dataset-schema.ts';
import { agreementShare, namedByCode, namedCounts, shareSums } from '../../../../src/lib/evidence/method.ts';
import { MIGRATION_GROUPS } from '../../../../src/lib/figures/migration-groups.ts';
import type { NamedBy } from '../../../../src/lib/typology/named-by.ts';

/** The fields of a municipality of an earlier year that these functions read. */
const former = (code: string, year: number, namedBy: NamedBy | null, firstShare = 1) =>
  ({
    code,
    year,
    typing: { namedBy },
    figures: { shares: Object.fromEntries(MIGRATION_GROUPS.map((g, i) => [g, i === 0 ? firstShare : 0])) },
  }) as unknown as FormerMunicipality;

const list = [
  former('GM0001', 2015, 'wrr', 0.99),
  former('GM0002', 2015, 'vng', 1.01),
  former('GM0003', 2015, 'wrr'),
  former('GM0004', 2015, null),
  former('GM0001', 2017, 'vng', 0.5),
];

describe('the method page’s counts', () => {
  it('counts per source the municipalities it names, in one year only', () => {
    expect(namedCounts(list, 2015)).toEqual({ wrr: 2, vng: 1 });
    expect(namedCounts(list, 2017)).toEqual({ wrr: 0, vng: 1 });
  });

  it('says per named municipality of a year who names it, and leaves out the unnamed', () => {
    expect([...namedByCode(list, 2015)]).toEqual([
      ['GM0001', 'wrr'],
      ['GM0002', 'vng'],
      ['GM0003', 'wrr'],
    ]);
  });

  it('gives the lowest and highest sum of the seven shares over the years asked for', () => {
    expect(shareSums(list, [2015])).toEqual({ low: 0.99, high: 1.01 });
    expect(shareSums(list, [2015, 2017])).toEqual({ low: 0.5, high: 1.01 });
  });

  it.each([
    [{ agreeing: 50, total: 55 }, 50 / 55],
    [{ agreeing: 0, total: 3 }, 0],
    [{ agreeing: 3, total: 3 }, 1],
  ])('agreement %j is a share of %f', (counts, share) => {
    expect(agreementShare(counts)).toBe(share);
  });

  it('refuses an agreement without named municipalities rather than dividing by zero', () => {
    expect(() => agreementShare({ agreeing: 0, total: 0 })).toThrow(/no named municipalities/);
  });
});
