import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countText } from '../../../scripts/pipeline/count-text.ts';
import { PROJECT_INPUTS } from '../../../scripts/pipeline/inputs.ts';
import { readOriginStatistics, type OriginRow } from '../../../scripts/pipeline/read-statistics.ts';
import { runPipeline } from '../../../scripts/pipeline/run.ts';
import type { StatisticsSource } from '../../../scripts/pipeline/sources.ts';
import { addYear } from '../../../scripts/refresh/add-year.ts';
import type { Meta, Municipality } from '../../../src/lib/figures/dataset-schema.ts';
import { ORIGIN_FIGURES, type OriginValues } from '../../../src/lib/figures/origin-groups.ts';
import { manifestWithout, startStandIn } from '../../helpers/odata-stand-in.ts';

/**
 * Adding a year in CBS's herkomstland classification by its table id alone, on the real project:
 * 2023 (table 85618NED) is taken out of the manifest and added again from a stand-in for CBS's
 * API that answers in the shape of the Kerncijfers tables of 2023 and 2024 (the herkomstland block
 * Nederland_17 … BuitenEuropa_24, counts of persons, padded codes, paging, the national row), with
 * counts made from the shipped whole percents. No answer of the real table could be recorded here:
 * the build reaches no CBS server. The refresh must find the model, the keys in their order and
 * the units, and arrive at the shipped year's municipalities, total, placement and shares.
 */
const TABLE = '85618NED';
const manifest = JSON.parse(readFileSync(PROJECT_INPUTS.manifestPath, 'utf8')) as { statistics: StatisticsSource[] };
const shipped = manifest.statistics.find((s) => s.odata.table === TABLE)!;
const rows = readOriginStatistics(
  readFileSync(join(PROJECT_INPUTS.dataDir, shipped.file), 'utf8'),
  shipped,
  shipped.file,
).rows;
const meta = JSON.parse(readFileSync('src/data/meta.json', 'utf8')) as Meta;

/** Whole counts from the published whole percents that add up exactly, as CBS's counts do. */
function countsOf(r: OriginRow): OriginValues {
  const n = (share: number) => Math.round(share * r.inhabitants);
  const [europe, outsideEurope] = [n(r.shares.europe), n(r.shares.outsideEurope)];
  const europeBornHere = Math.min(n(r.shares.europeBornHere), europe);
  const outsideEuropeBornHere = Math.min(n(r.shares.outsideEuropeBornHere), outsideEurope);
  return {
    netherlands: r.inhabitants - europe - outsideEurope,
    europe,
    outsideEurope,
    europeBornHere,
    europeBornAbroad: europe - europeBornHere,
    outsideEuropeBornHere,
    outsideEuropeBornAbroad: outsideEurope - outsideEuropeBornHere,
  };
}

/** The herkomstland block as the tables of 2023 and 2024 order it: all, born here, born abroad. */
const BLOCK: [string, keyof OriginValues | null][] = [
  ['Nederland_17', 'netherlands'],
  ['EuropaExclusiefNederland_18', 'europe'],
  ['BuitenEuropa_19', 'outsideEurope'],
  ['Nederland_20', null],
  ['EuropaExclusiefNederland_21', 'europeBornHere'],
  ['BuitenEuropa_22', 'outsideEuropeBornHere'],
  ['EuropaExclusiefNederland_23', 'europeBornAbroad'],
  ['BuitenEuropa_24', 'outsideEuropeBornAbroad'],
];
const row = (code: string, name: string | null, inhabitants: number, counts: OriginValues) => ({
  WijkenEnBuurten: code.padEnd(10),
  ...(name === null ? {} : { Gemeentenaam_1: name.padEnd(40) }),
  AantalInwoners_5: inhabitants,
  ...Object.fromEntries(BLOCK.map(([key, field]) => [key, field ? counts[field] : counts.netherlands])),
});

let root = '';
let standIn: Awaited<ReturnType<typeof startStandIn>>;
beforeAll(async () => {
  const national = Object.fromEntries(
    ORIGIN_FIGURES.map((f) => [f, rows.reduce((sum, r) => sum + countsOf(r)[f], 0)]),
  ) as OriginValues;
  standIn = await startStandIn([
    {
      table: TABLE,
      title: 'Kerncijfers wijken en buurten 2023',
      period: '2023',
      properties: [
        { Type: 'GeoDimension', Key: 'WijkenEnBuurten', Title: 'Wijken en buurten' },
        { Type: 'Topic', Key: 'Gemeentenaam_1', Title: 'Gemeentenaam', Datatype: 'String', Unit: 'Tekst' },
        { Type: 'Topic', Key: 'AantalInwoners_5', Title: 'Aantal inwoners', Datatype: 'Long', Unit: 'aantal' },
        { Type: 'Topic', Key: 'Mannen_6', Title: 'Mannen', Datatype: 'Long', Unit: 'aantal' },
        ...BLOCK.map(([key]) => ({ Type: 'Topic', Key: key, Title: key, Datatype: 'Long', Unit: 'aantal' })),
      ],
      rows: rows.map((r) => row(r.code, r.name, r.inhabitants, countsOf(r))),
      national: row('NL00', null, shipped.nationalInhabitants, national),
    },
  ]);
  // A copy of the project's inputs without 2023, pointing at the stand-in, to write the year into.
  root = mkdtempSync(join(tmpdir(), 'vik-add-2023-'));
  cpSync(PROJECT_INPUTS.dataDir, join(root, 'sources'), { recursive: true });
  manifestWithout(root, manifest, shipped, standIn.base);
});
afterAll(() => standIn.close());

describe(`data:refresh --add ${TABLE}: a year in the herkomstland classification`, () => {
  it('finds the model, the keys in their order, the units and the national figures, and places the year as the build does', async () => {
    const inputs = { ...PROJECT_INPUTS, manifestPath: join(root, 'sources.json'), dataDir: join(root, 'sources') };
    const { entry, lines } = await addYear(inputs, TABLE, { timeoutMs: 5000, pageSize: 100, write: true });
    expect(entry).toMatchObject({ year: 2023, model: 'herkomstland', unit: 'count', nationalInhabitants: 17_811_291 });
    // The keys by their place in the block: the same the manifest records for the shipped 2023.
    expect(entry.odata.fields).toEqual(shipped.odata.fields);
    for (const [figure, share] of Object.entries(entry.nationalShares.shares)) {
      expect(Math.abs(share - shipped.nationalShares.shares[figure]!)).toBeLessThan(0.5);
    }
    const built = meta.report.years.find((y) => y.year === 2023)!;
    const placed = Object.entries(built.placedBy).map(([year, n]) => `${year} (${n})`);
    expect(lines[0]).toBe(
      `2023 from table ${TABLE}: 342 municipalities, ${countText(built.inhabitantsIn)} inhabitants, ` +
        `placed by code with the boundaries of ${placed.join(', ')}`,
    );

    // The build takes the added year: every share within the rounding of CBS's whole percents (a
    // part made to add up exactly moves by at most the 1.5 points its sum may be off).
    const result = await runPipeline(inputs);
    expect(result.meta.origin.years).toEqual([2023]);
    const today = JSON.parse(result.files['municipalities.json']!) as Municipality[];
    for (const r of rows) {
      const shares = today.find((m) => m.code === r.code)!.origin['2023']!.figures.shares;
      for (const f of ORIGIN_FIGURES)
        expect(Math.abs(shares[f] - r.shares[f]), `${r.name} ${f}`).toBeLessThanOrEqual(0.015 + 1e-6);
    }
  });
});
