import { describe, expect, it } from 'vitest';
import { NON_WESTERN_GROUPS } from '../../../src/lib/migration-groups.ts';
import type { FormerMunicipality, Municipality } from '../../../src/lib/dataset-schema.ts';
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
  const inCounts = manifest.statistics.filter((s) => s.unit === 'count').map((s) => s.year);

  it('has a national total for every year in the manifest, and every year of the manifest in the output', () => {
    // The years come from the manifest: a new statistics year needs no row here. None would check nothing.
    expect(KNOWN.length).toBeGreaterThan(0);
    expect(KNOWN.map(([year]) => year).sort()).toEqual(years);
  });

  it('has years published as counts, whose groups can be added up', () => {
    expect(inCounts.length).toBeGreaterThan(0);
  });

  it.each(KNOWN)(
    '%i: all %i municipalities read are in the output, with %i inhabitants in all',
    (year, count, inhabitants) => {
      expect(ofYear(year)).toHaveLength(count);
      expect(sum(ofYear(year).map((m) => m.figures.inhabitants))).toBe(inhabitants);
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
      const national = result.meta.national[String(year)]!;
      for (const [figure, published] of Object.entries(source.nationalShares.shares)) {
        const found = (100 * national.counts[figure as keyof typeof national.counts]) / national.inhabitants;
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
    expect(sum(current.map((m) => m.years[String(year)]!.figures.inhabitants))).toBe(inhabitants);
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
