import { describe, expect, it } from 'vitest';
import { NON_WESTERN_GROUPS } from '../../../src/lib/figures/migration-groups.ts';
import type { FormerMunicipality, Municipality } from '../../../src/lib/figures/dataset-schema.ts';
import { PROJECT_INPUTS } from '../../../scripts/pipeline/inputs.ts';
import { readManifest } from '../../../scripts/pipeline/sources.ts';
import { BUDGETS } from '../../../scripts/site/budgets.ts';
import { runOnRealData } from '../../helpers/fixture.ts';

describe('pipeline on the real CBS and Kadaster files', async () => {
  const result = await runOnRealData();
  const former = JSON.parse(result.files['former-municipalities.json']!) as FormerMunicipality[];
  const current = JSON.parse(result.files['municipalities.json']!) as Municipality[];
  const ofYear = (year: number) => former.filter((m) => m.year === year);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  // CBS's national total for each year, as the manifest records it; the municipalities read, as the run reports them.
  const manifest = await readManifest(PROJECT_INPUTS.manifestPath);
  const KNOWN = manifest.statistics.map((s): [number, number, number] => [
    s.year,
    result.meta.report.years.find((y) => y.year === s.year)!.read,
    s.nationalInhabitants,
  ]);
  const years = result.meta.years;
  const originYears = result.meta.origin.years;
  /** Today's municipality in a year of either origin model. */
  const inYearOf = (m: Municipality, year: number) => (m.years[String(year)] ?? m.origin[String(year)])!;
  /** The municipalities read in a year, as they were: former municipalities, or for a herkomstland year their placement on today's map. */
  const readIn = (year: number) =>
    originYears.includes(year)
      ? current.flatMap((m) => m.origin[String(year)]!.predecessors.map((p) => ({ code: p.code, successor: m.code })))
      : ofYear(year).map((m) => ({ code: m.code, successor: m.successor }));
  const inCounts = manifest.statistics.filter((s) => s.unit === 'count').map((s) => s.year);

  it('has a national total for every year in the manifest, and every year of the manifest in the output', () => {
    // The years come from the manifest: a new statistics year needs no row here. None would check nothing.
    expect(KNOWN.length).toBeGreaterThan(0);
    expect(KNOWN.map(([year]) => year).sort()).toEqual([...years, ...originYears].sort());
    // Every year is in one origin model: the earlier groups up to 2022, herkomstland after.
    expect(originYears).toEqual(manifest.statistics.filter((s) => s.model === 'herkomstland').map((s) => s.year));
  });

  it('has years published as counts, whose groups can be added up', () => {
    expect(inCounts.length).toBeGreaterThan(0);
  });

  it.each(KNOWN)(
    '%i: all %i municipalities read are in the output, with %i inhabitants in all',
    (year, count, inhabitants) => {
      expect(readIn(year)).toHaveLength(count);
      expect(sum(current.map((m) => inYearOf(m, year).figures.inhabitants))).toBe(inhabitants);
    },
  );

  it.each(inCounts)('%i: the five non-Western groups add up to the non-Western total in every row', (year) => {
    for (const m of ofYear(year)) {
      expect(sum(NON_WESTERN_GROUPS.map((g) => m.figures.counts[g])), m.name).toBe(m.figures.counts.nonWestern);
    }
  });

  it.each(manifest.statistics.map((s) => [s.year, s] as const))(
    '%i: the national shares lie within half a point of what CBS published (the check allows 1.5)',
    (year, source) => {
      const national = (result.meta.national[String(year)] ?? result.meta.origin.national[String(year)])!;
      const counts = national.counts as Record<string, number>;
      for (const [figure, published] of Object.entries(source.nationalShares.shares)) {
        const found = (100 * counts[figure]!) / national.inhabitants;
        expect(Math.abs(found - published), figure).toBeLessThan(0.5);
      }
    },
  );

  it.each(manifest.statistics.filter((s) => s.unit === 'percent').map((s) => s.year))(
    '%i: the five non-Western groups lie within 2 points of the whole-percent total in every row (the check allows 3)',
    (year) => {
      for (const m of ofYear(year)) {
        const parts = sum(NON_WESTERN_GROUPS.map((g) => m.figures.shares[g]));
        expect(Math.abs(parts - m.figures.shares.nonWestern), m.name).toBeLessThanOrEqual(0.02 + 1e-9);
      }
    },
  );

  it.each(originYears)(
    '%i (herkomstland): the three groups make 100% and each group its two parts, within the rounding, in every municipality',
    (year) => {
      for (const m of current) {
        const { shares } = m.origin[String(year)]!.figures;
        expect(Math.abs(shares.netherlands + shares.europe + shares.outsideEurope - 1), m.name).toBeLessThanOrEqual(
          0.015,
        );
        expect(Math.abs(shares.europeBornHere + shares.europeBornAbroad - shares.europe), m.name).toBeLessThanOrEqual(
          0.015,
        );
        const outside = shares.outsideEuropeBornHere + shares.outsideEuropeBornAbroad;
        expect(Math.abs(outside - shares.outsideEurope), m.name).toBeLessThanOrEqual(0.015);
      }
    },
  );

  it('2023: Amsterdam 41% Nederland, 17% Europa, 42% buiten Europa, as CBS published', () => {
    const amsterdam = current.find((m) => m.code === 'GM0363')!.origin['2023']!.figures.shares;
    expect(amsterdam).toMatchObject({ netherlands: 0.41, europe: 0.17, outsideEurope: 0.42 });
  });

  it('every code of every year resolves to exactly one current municipality', () => {
    const codes = new Set(current.map((m) => m.code));
    for (const m of former) expect(codes.has(m.successor), `${m.year} ${m.name}`).toBe(true);
    for (const year of years) {
      const counted = current.flatMap((m) => m.years[String(year)]!.predecessors.map((p) => p.code));
      expect(counted.sort()).toEqual(
        ofYear(year)
          .map((m) => m.code)
          .sort(),
      );
    }
  });

  it.each(KNOWN)('%i: the parts add up to the national total on today’s map', (year, _, inhabitants) => {
    expect(sum(current.map((m) => inYearOf(m, year).figures.inhabitants))).toBe(inhabitants);
  });

  it('today has 342 municipalities, in the provinces CBS counts', () => {
    expect(current).toHaveLength(342);
    expect(result.meta.report.current.provinces).toEqual({
      Groningen: 10,
      Fryslân: 18,
      Drenthe: 12,
      Overijssel: 25,
      Flevoland: 6,
      Gelderland: 51,
      Utrecht: 26,
      'Noord-Holland': 44,
      'Zuid-Holland': 50,
      Zeeland: 13,
      'Noord-Brabant': 56,
      Limburg: 31,
    });
    expect(current.find((m) => m.name === 'Hattem')?.province.name).toBe('Gelderland');
  });

  it('known mergers: Hoogezand-Sappemeer and Haaren', () => {
    expect(former.find((m) => m.year === 2015 && m.name === 'Hoogezand-Sappemeer')?.successor).toBe(
      current.find((m) => m.name === 'Midden-Groningen')?.code,
    );
    // Haaren was split in 2021; it counts with the municipality that got most of its area.
    const haaren = former.find((m) => m.year === 2015 && m.name === 'Haaren')!;
    expect(haaren.parts.length).toBeGreaterThan(1);
    expect(haaren.successor).toBe(haaren.parts[0]!.code);
  });

  it('municipalities on the German or Belgian border measure 0 km; others do not', () => {
    const distance = (name: string) => ofYear(2015).find((m) => m.name === name)!.geography.borderDistanceKm;
    expect([distance('Vaals'), distance('Baarle-Nassau'), distance('Enschede')]).toEqual([0, 0, 0]);
    expect(distance('Utrecht')).toBeGreaterThan(50);
  });

  it('the map geometry file stays small (its shapes are checked in map-geometry.test.ts)', () => {
    expect(result.mapBytes.gzip).toBeLessThanOrEqual(BUDGETS.mapGeometry);
  });
});
