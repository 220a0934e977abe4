import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countText } from '../../../scripts/pipeline/count-text.ts';
import { PROJECT_INPUTS } from '../../../scripts/pipeline/inputs.ts';
import { readStatistics } from '../../../scripts/pipeline/read-statistics.ts';
import { odataField, type StatisticsSource } from '../../../scripts/pipeline/sources.ts';
import { addYear } from '../../../scripts/refresh/add-year.ts';
import type { Meta } from '../../../src/lib/figures/dataset-schema.ts';
import type { GroupValues } from '../../../src/lib/figures/migration-groups.ts';
import { fieldsOf } from '../../../src/lib/figures/origin-models.ts';
import { manifestWithout, startStandIn } from '../../helpers/odata-stand-in.ts';

/**
 * Adding 2019 to the real project by the id of its CBS table alone (84583NED). A stand-in for
 * CBS's API on loopback answers in the API's shape (padded codes and names, paging, the national
 * row) with the figures of the shipped 2019 file: no answer of the real table could be recorded
 * here, as the build reaches no CBS server. The refresh must arrive at the same 355 municipalities,
 * the same national total and the same placement on today's map as the shipped year.
 */
const TABLE = '84583NED';
const manifest = JSON.parse(readFileSync(PROJECT_INPUTS.manifestPath, 'utf8')) as {
  odataBase: string;
  statistics: StatisticsSource[];
};
const shipped = manifest.statistics.find((s) => s.odata.table === TABLE)!;
const rows = readStatistics(
  readFileSync(join(PROJECT_INPUTS.dataDir, shipped.file), 'utf8'),
  shipped,
  shipped.file,
).rows;
const key = (field: string) => odataField(shipped.odata, field).key;
const meta = JSON.parse(readFileSync('src/data/meta.json', 'utf8')) as Meta;

/** The fields that are figures, in the manifest's order. */
const FIGURES = fieldsOf('migratieachtergrond').filter((f) => f !== 'code' && f !== 'name') as (
  'inhabitants' | Exclude<keyof GroupValues, 'dutch'>
)[];
const count = (r: (typeof rows)[number], f: (typeof FIGURES)[number]) =>
  f === 'inhabitants' ? r.inhabitants : r.counts[f];

let root = '';
let standIn: Awaited<ReturnType<typeof startStandIn>>;
beforeAll(async () => {
  standIn = await startStandIn([
    {
      table: TABLE,
      title: 'Kerncijfers wijken en buurten 2019',
      period: '2019',
      properties: [
        { Type: 'GeoDimension', Key: key('code'), Title: 'Wijken en buurten' },
        { Type: 'Topic', Key: key('name'), Title: 'Gemeentenaam', Datatype: 'String', Unit: 'Tekst' },
        ...FIGURES.map((f) => ({
          Type: 'Topic',
          Key: key(f),
          Title: f,
          Datatype: 'Long',
          Unit: 'aantal',
          Decimals: 0,
        })),
      ],
      // Codes padded to 10 characters and names to 40, as CBS pads them.
      rows: rows.map((r) => ({
        [key('code')]: r.code.padEnd(10),
        [key('name')]: r.name.padEnd(40),
        ...Object.fromEntries(FIGURES.map((f) => [key(f), count(r, f)])),
      })),
      // The national row is the sum of the municipality rows, as in CBS's tables.
      national: {
        [key('code')]: 'NL00      ',
        ...Object.fromEntries(FIGURES.map((f) => [key(f), rows.reduce((sum, r) => sum + count(r, f), 0)])),
      },
    },
  ]);
  // The project's manifest without 2019, pointing at the stand-in; the shipped files are read where they are.
  root = mkdtempSync(join(tmpdir(), 'vik-add-2019-'));
  manifestWithout(root, manifest, shipped, standIn.base);
});
afterAll(() => standIn.close());

describe(`data:refresh --add ${TABLE} on the real project`, () => {
  it('adds 2019 with the shipped year’s municipalities, national total and placement', async () => {
    const { entry, lines, written } = await addYear(
      { ...PROJECT_INPUTS, manifestPath: join(root, 'sources.json') },
      TABLE,
      {
        timeoutMs: 5000,
        pageSize: 100,
      },
    );
    expect(written).toBe(false);
    expect(entry).toMatchObject({
      year: 2019,
      model: 'migratieachtergrond',
      unit: 'count',
      nationalInhabitants: shipped.nationalInhabitants,
    });
    expect(entry.boundaries).toBeUndefined();
    expect(entry.odata.fields).toEqual(shipped.odata.fields);
    // The shares of CBS's national row agree with the published figure the manifest records for 2019.
    for (const [figure, share] of Object.entries(entry.nationalShares.shares)) {
      expect(share).toBeCloseTo(shipped.nationalShares.shares[figure]!, 1);
    }
    // The same as the build of the shipped file reports (src/data/meta.json).
    const built = meta.report.years.find((y) => y.year === 2019)!;
    const placed = Object.entries(built.placedBy).map(([year, n]) => `${year} (${n})`);
    expect(lines[0]).toBe(
      `2019 from table ${TABLE}: ${rows.length} municipalities, ${countText(built.inhabitantsIn)} inhabitants, ` +
        `placed by code with the boundaries of ${placed.join(', ')}`,
    );
    expect(rows.length).toBe(built.read);
  });
});
