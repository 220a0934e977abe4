import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countText } from '../../../scripts/pipeline/count-text.ts';
import { PROJECT_INPUTS } from '../../../scripts/pipeline/inputs.ts';
import { readStatistics } from '../../../scripts/pipeline/read-statistics.ts';
import { STATISTICS_FIELDS, type FigureField, type StatisticsSource } from '../../../scripts/pipeline/sources.ts';
import { addYear } from '../../../scripts/refresh/add-year.ts';
import type { Meta } from '../../../src/lib/dataset-schema.ts';

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
const { fields } = shipped.odata;
const meta = JSON.parse(readFileSync('src/data/meta.json', 'utf8')) as Meta;

/** The fields that are figures, in the manifest's order. */
const FIGURES = STATISTICS_FIELDS.filter((f): f is FigureField => f !== 'code' && f !== 'name');

/** One municipality as the API sends it: codes padded to 10 characters and names to 40, as CBS pads them. */
const apiRow = (r: (typeof rows)[number]) => ({
  [fields.code.key]: r.code.padEnd(10),
  [fields.name.key]: r.name.padEnd(40),
  ...Object.fromEntries(FIGURES.map((f) => [fields[f].key, f === 'inhabitants' ? r.inhabitants : r.counts[f]])),
});
const properties = [
  { Type: 'GeoDimension', Key: fields.code.key, Title: 'Wijken en buurten' },
  { Type: 'Topic', Key: fields.name.key, Title: 'Gemeentenaam', Datatype: 'String', Unit: 'Tekst' },
  ...FIGURES.map((f) => ({
    Type: 'Topic',
    Key: fields[f].key,
    Title: f,
    Datatype: 'Long',
    Unit: 'aantal',
    Decimals: 0,
  })),
];

/** What the stand-in answers for a path and query, or undefined where CBS would answer 404. */
function answerFor(url: URL): unknown[] | undefined {
  const query = url.searchParams;
  if (url.pathname === `/odata/${TABLE}/TableInfos`) {
    return [{ Title: 'Kerncijfers wijken en buurten 2019', Identifier: TABLE, Period: '2019' }];
  }
  if (url.pathname === `/odata/${TABLE}/DataProperties`) return properties;
  if (url.pathname !== `/odata/${TABLE}/TypedDataSet`) return undefined;
  if (query.get('$filter')?.includes("'NL'")) {
    // The national row is the sum of the municipality rows, as in CBS's tables.
    const sum = (f: Exclude<FigureField, 'inhabitants'>) => rows.reduce((total, r) => total + r.counts[f], 0);
    return [
      {
        [fields.code.key]: 'NL00      ',
        [fields.inhabitants.key]: shipped.nationalInhabitants,
        [fields.western.key]: sum('western'),
        [fields.nonWestern.key]: sum('nonWestern'),
      },
    ];
  }
  const skip = Number(query.get('$skip') ?? 0);
  return rows.slice(skip, skip + Number(query.get('$top') ?? 10_000)).map(apiRow);
}

const server = createServer((request, response) => {
  const value = answerFor(new URL(request.url!, 'http://localhost'));
  if (value === undefined) response.writeHead(404).end();
  else response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value }));
});
let root = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // The project's manifest without 2019, pointing at the stand-in; the shipped files are read where they are.
  root = mkdtempSync(join(tmpdir(), 'vik-add-2019-'));
  const port = (server.address() as AddressInfo).port;
  writeFileSync(
    join(root, 'sources.json'),
    JSON.stringify({
      ...manifest,
      odataBase: `http://127.0.0.1:${port}/odata`,
      statistics: manifest.statistics.filter((s) => s !== shipped),
    }),
  );
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

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
    expect(entry).toMatchObject({ year: 2019, unit: 'count', nationalInhabitants: shipped.nationalInhabitants });
    expect(entry.boundaries).toBeUndefined();
    // The shares of CBS's national row agree with the published figure the manifest records for 2019.
    for (const [figure, share] of Object.entries(entry.nationalShares.shares)) {
      expect(share).toBeCloseTo(shipped.nationalShares.shares[figure as keyof typeof shipped.nationalShares.shares], 1);
    }
    expect(entry.odata.fields).toEqual(fields);
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
