import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../scripts/pipeline/run.ts';
import { RefreshError } from '../../../scripts/refresh/http.ts';
import { compareStatistics } from '../../../scripts/refresh/compare.ts';
import type { StatisticsRow } from '../../../scripts/pipeline/read-statistics.ts';
import { addYear } from '../../../scripts/refresh/add-year.ts';
import { readStatistics } from '../../../scripts/pipeline/read-statistics.ts';
import { readManifest, type StatisticsSource, type Unit } from '../../../scripts/pipeline/sources.ts';
import { refreshSources } from '../../../scripts/refresh/refresh.ts';
import { fixtureCopy, inputsIn } from '../../helpers/fixture.ts';

/**
 * The whole refresh (HTTP, paging, parsing, conversion, the pipeline's checks, the comparison and
 * the replacement) against a stand-in for CBS's API and the boundary host on loopback, which serves
 * the recorded answers in tests/fixtures/odata and the fixture's own boundary files.
 */
const RECORDED = 'tests/fixtures/odata';
type Handler = (request: IncomingMessage, response: ServerResponse) => void;
/** Which recorded page a TypedDataSet request asks for: the national row, or the page at its $skip. */
const pageOf = (query: URLSearchParams) =>
  query.get('$filter')?.includes("'NL'") ? 'national' : `skip-${query.get('$skip')}`;
/** Per path prefix, an answer that replaces the recorded one for one test. */
const overrides = new Map<string, Handler>();
const requests: string[] = [];
let origin = '';
const server = createServer((request, response) => {
  const url = new URL(request.url!, 'http://localhost');
  requests.push(decodeURIComponent(`${url.pathname}${url.search}`));
  const override = [...overrides].find(([prefix]) => url.pathname.startsWith(prefix));
  if (override) return override[1](request, response);
  const odata = /^\/odata\/(\w+)\/(TypedDataSet|DataProperties|TableInfos)$/.exec(url.pathname);
  const file = odata
    ? join(RECORDED, odata[1]!, `${odata[2]}${odata[2] === 'TypedDataSet' ? `.${pageOf(url.searchParams)}` : ''}.json`)
    : join('tests/fixtures/pipeline/raw', url.pathname.replace(/^\/boundaries\//, ''));
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json' }).end(body);
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});
afterEach(() => {
  overrides.clear();
  requests.length = 0;
});

/** A copy of the fixture whose manifest points at the stand-in server. */
function fixtureOnLoopback(): string {
  const root = fixtureCopy();
  const path = join(root, 'sources.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    odataBase: string;
    boundaries: { file: string; url: string }[];
  };
  manifest.odataBase = `${origin}/odata`;
  for (const b of manifest.boundaries) b.url = `${origin}/boundaries/${b.file}`;
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return root;
}

/** A fingerprint of every shipped file and the manifest, to show that nothing was replaced. */
function fingerprint(root: string): Record<string, string> {
  const files = [
    'sources.json',
    ...(readdirSync(join(root, 'raw'), { recursive: true }) as string[]).map((f) => `raw/${f}`),
  ];
  return Object.fromEntries(
    files
      .filter((f) => /\.\w+$/.test(f))
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(join(root, f)))
          .digest('hex'),
      ]),
  );
}

/** The recorded properties of a test table. */
const recordedProperties = (table: string) =>
  (
    JSON.parse(readFileSync(join(RECORDED, table, 'DataProperties.json'), 'utf8')) as {
      value: { Key: string; Unit?: string }[];
    }
  ).value;
/** The recorded properties of the 2022 test table, with one key's unit replaced. */
const withUnit = (key: string, unit: string | null) => ({
  value: recordedProperties('90022TST').map((p) => (p.Key === key ? { ...p, Unit: unit } : p)),
});
const recorded = (table: string, skip: number) =>
  JSON.parse(readFileSync(join(RECORDED, table, `TypedDataSet.skip-${skip}.json`), 'utf8')) as {
    value: Record<string, unknown>[];
  };
/** Answers with a body on the first page and with no rows on later ones; the national row as recorded. */
const json =
  (body: object): Handler =>
  (request, response) => {
    const url = new URL(request.url!, 'http://localhost');
    const table = /odata\/(\w+)\/TypedDataSet/.exec(url.pathname)?.[1];
    const national = table && pageOf(url.searchParams) === 'national';
    const later = url.searchParams.get('$skip') !== '0';
    const answer = national
      ? (JSON.parse(readFileSync(join(RECORDED, table, 'TypedDataSet.national.json'), 'utf8')) as object)
      : later && table
        ? { value: [] }
        : body;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  };

describe('data:refresh against recorded CBS answers', () => {
  it('pages through the API, trims padded codes and names, converts counts to percentages and reports what differs', async () => {
    const root = fixtureOnLoopback();
    const before = fingerprint(root);
    const { differences, written } = await refreshSources(inputsIn(root), { pageSize: 3 });

    const pages = requests.filter((r) => r.startsWith('/odata/90015TST/TypedDataSet') && r.includes("'GM'"));
    expect(pages).toHaveLength(2);
    expect(requests.filter((r) => r.includes("startswith(WijkenEnBuurten,'NL')"))).toHaveLength(4);
    expect(requests.find((r) => r.includes('$skip=3'))).toBeDefined();
    const byFile = Object.fromEntries(differences.map((d) => [d.file, d]));
    // Padded codes are trimmed, so no municipality seems added or removed.
    expect(byFile['cbs/proef-2015.csv']!.lines).toEqual([
      'GM9002 Bedorp: dutch 0.95 → 0.94, western 0.03 → 0.04',
      '4 → 4 municipalities, inhabitants 163,000 → 163,000',
    ]);
    expect(byFile['cbs/proef-2022.csv']!.unchanged).toBe(true);
    expect(byFile['cbs/proef-2019.csv']!.unchanged).toBe(true);
    // The herkomstland year: its counts round to the shipped whole percents.
    expect(byFile['cbs/proef-2023.csv']!.unchanged).toBe(true);
    expect(byFile['geo/proef-gemeenten-2026.topojson']!.unchanged).toBe(true);
    expect(written).toBe(false);
    expect(fingerprint(root)).toEqual(before);
  });

  it('with --write replaces only the changed file, its checksum and its note, and the build accepts the result', async () => {
    const root = fixtureOnLoopback();
    const manifestPath = join(root, 'sources.json');
    const notes = () =>
      (
        JSON.parse(readFileSync(manifestPath, 'utf8')) as { statistics: { file: string; note?: string }[] }
      ).statistics.map((s) => s.note);
    writeFileSync(
      manifestPath,
      readFileSync(manifestPath, 'utf8').replace(/"bytes": \d+,/g, '$& "note": "Een oude herkomst.",'),
    );
    const before = fingerprint(root);
    const { written } = await refreshSources(inputsIn(root), { pageSize: 3, write: true });
    expect(written).toBe(true);
    const after = fingerprint(root);
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(changed.sort()).toEqual(['raw/cbs/proef-2015.csv', 'sources.json']);
    expect(readdirSync(join(root, 'raw/cbs')).filter((f) => f.endsWith('.part'))).toEqual([]);
    // The replaced file's old note described the old copy; the unchanged one keeps its note.
    expect(notes()[0]).toMatch(/^Opgehaald uit tabel 90015TST van de open-data-API van CBS op \d+ \w+ \d{4}\.$/);
    expect(notes()[1]).toBe('Een oude herkomst.');
    expect(readFileSync(join(root, 'raw/cbs/proef-2015.csv'), 'utf8')).toContain('GM9002;Bedorp;8000;4;2;0;0;0;1;1');
    const { meta } = await runPipeline(inputsIn(root));
    expect(meta.report.years.map((y) => y.inhabitantsIn)).toEqual([163_000, 167_600, 166_700, 167_900]);
  });

  const hang: Handler = () => undefined;
  /** Answers with the recorded page, plus a paging link of the test's making. */
  const linking =
    (table: string, link: (url: URL) => string): Handler =>
    (request, response) => {
      const url = new URL(request.url!, origin);
      const page = { ...recorded(table, Number(url.searchParams.get('$skip'))), 'odata.nextLink': link(url) };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(page));
    };
  /** Answers the national row's query with the given rows, and every other request as recorded. */
  const nationalRows =
    (table: string, rows: object[]): Handler =>
    (request, response) => {
      const url = new URL(request.url!, origin);
      const answer =
        pageOf(url.searchParams) === 'national'
          ? { value: rows }
          : recorded(table, Number(url.searchParams.get('$skip')));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    };
  const onOtherHost = (url: URL) => `http://127.0.0.2:${url.port}${url.pathname}${url.search}`;
  const skipTo = (skip: number) => (url: URL) => {
    const next = new URLSearchParams(url.searchParams);
    next.set('$skip', String(skip));
    return `TypedDataSet?${next.toString()}`;
  };
  it.each<[string, string, Handler, string]>([
    ['HTTP 404', '/odata/90015TST/TypedDataSet', (_, r) => r.writeHead(404).end(), 'TypedDataSet'],
    ['HTTP 500', '/odata/90022TST/TypedDataSet', (_, r) => r.writeHead(500).end(), 'HTTP 500'],
    ['no answer in time', '/odata/90015TST/TypedDataSet', hang, 'no complete answer within 0.3 s'],
    [
      'an answer that does not end',
      '/odata/90015TST/TypedDataSet',
      (_, r) => {
        r.writeHead(200, { 'content-type': 'application/json' }).write('{"value":[');
        const more = () => r.write(`${'{"WijkenEnBuurten":"GM9001"},'.repeat(1000)}`, () => setImmediate(more));
        more();
      },
      'the answer is larger than 64 kB',
    ],
    [
      'a paging link back to a page already fetched',
      '/odata/90015TST/TypedDataSet',
      linking('90015TST', (url) => (url.searchParams.get('$skip') === '0' ? skipTo(3)(url) : url.href)),
      'the API links back to a page already fetched',
    ],
    [
      'a paging link to another host',
      '/odata/90022TST/TypedDataSet',
      linking('90022TST', onOtherHost),
      'the next page is on another host (http://127.0.0.2:',
    ],
    [
      'a redirect to another host',
      '/odata/90015TST/DataProperties',
      (request, r) => r.writeHead(301, { location: onOtherHost(new URL(request.url!, origin)) }).end(),
      'redirects to another host (http://127.0.0.2:',
    ],
    [
      "fetched rows that fail the build's checks",
      '/odata/90015TST/TypedDataSet',
      json({ value: [...recorded('90015TST', 0).value, recorded('90015TST', 0).value[0]] }),
      "the fetched data fail the build's checks: table 90015TST (converted to cbs/proef-2015.csv):",
    ],
    [
      'an HTML error page instead of JSON',
      '/odata/90015TST/TypedDataSet',
      (_, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Onderhoud</p>'),
      'expected JSON, got an HTML page',
    ],
    [
      'truncated JSON',
      '/odata/90022TST/TypedDataSet',
      (_, r) => r.writeHead(200, { 'content-type': 'application/json' }).end('{"value":[{"WijkenEnBuurten":"GM90'),
      'the answer is not complete JSON',
    ],
    [
      'a field missing from the answer',
      '/odata/90022TST/TypedDataSet',
      json({ value: recorded('90022TST', 0).value.map((r) => ({ ...r, Turkije_22: undefined })) }),
      'the answer has no field "Turkije_22" (manifest field turkish)',
    ],
    [
      'a secret (null) figure',
      '/odata/90022TST/TypedDataSet',
      json({ value: recorded('90022TST', 0).value.map((r, i) => (i === 1 ? { ...r, Marokko_19: null } : r)) }),
      '90022TST: GM9004 (Súdwest-Dûmen) has no value for Marokko_19',
    ],
    [
      'a key the table does not have',
      '/odata/90015TST/DataProperties',
      json({ value: [{ Key: 'WijkenEnBuurten' }, { Key: 'Gemeentenaam_1' }] }),
      '90015TST: the table has no key "AantalInwoners_5"',
    ],
    [
      'a figure published in another unit than the manifest says',
      '/odata/90022TST/DataProperties',
      json(withUnit('Suriname_21', '%')),
      'CBS publishes Suriname_21 in "%", but the manifest says count',
    ],
    [
      'a municipality without a name',
      '/odata/90022TST/TypedDataSet',
      json({ value: recorded('90022TST', 0).value.map((r, i) => (i === 2 ? { ...r, Gemeentenaam_1: null } : r)) }),
      '90022TST: GM9005: expected text in "Gemeentenaam_1", found null',
    ],
    [
      'a figure the table gives no unit for',
      '/odata/90022TST/DataProperties',
      json(withUnit('Turkije_22', null)),
      '90022TST: the table gives no unit for Turkije_22; the manifest says count',
    ],
    [
      'a table without a national row',
      '/odata/90015TST/TypedDataSet',
      nationalRows('90015TST', []),
      '90015TST: expected one national row (code NL…), found 0',
    ],
    [
      'a national total that is not a whole number',
      '/odata/90022TST/TypedDataSet',
      nationalRows('90022TST', [{ WijkenEnBuurten: 'NL00', AantalInwoners_5: null }]),
      "90022TST: the national row's AantalInwoners_5 is null, expected a positive whole number",
    ],
    [
      'a national total the municipalities do not add up to',
      '/odata/90022TST/TypedDataSet',
      nationalRows('90022TST', [
        { WijkenEnBuurten: 'NL00', AantalInwoners_5: 170_000, WestersTotaal_17: 20_000, NietWestersTotaal_18: 32_700 },
      ]),
      'table 90022TST (converted to cbs/proef-2022.csv): the 3 municipalities add up to 166,700 inhabitants, but the national total the manifest records for this file is 170,000',
    ],
    [
      'a national row without a figure its shares are checked with',
      '/odata/90015TST/TypedDataSet',
      nationalRows('90015TST', [{ WijkenEnBuurten: 'NL00', AantalInwoners_5: 163_000, WestersTotaal_17: 18_120 }]),
      "90015TST: the national row's NietWestersTotaal_18 is undefined, expected a positive number",
    ],
    [
      'a boundary file that is gone',
      '/boundaries/geo/proef-gemeenten-2022',
      (_, r) => r.writeHead(404).end(),
      'HTTP 404',
    ],
    [
      'a boundary file that is not TopoJSON',
      '/boundaries/geo/proef-provincies-2026',
      json({ type: 'FeatureCollection', features: [] }),
      'expected a TopoJSON object',
    ],
  ])('%s: one clear line, and the shipped files stay as they were', async (_, prefix, handler, message) => {
    const root = fixtureOnLoopback();
    const before = fingerprint(root);
    overrides.set(prefix, handler);
    const error = await refreshSources(inputsIn(root), {
      pageSize: 3,
      timeoutMs: 300,
      maxBytes: 64 * 1024,
      write: true,
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain(message);
    expect(error?.message).not.toContain('\n');
    expect(error?.message).not.toContain('vik-refresh-');
    expect(error instanceof RefreshError || error?.name === 'InputError').toBe(true);
    expect(fingerprint(root)).toEqual(before);
  });
});

describe('data:refresh --add: a year by the id of its CBS table alone', () => {
  /** The fixture on loopback without its 2019 year: its entry and file as shipped, and where the copy is. */
  function withoutYear2019() {
    const root = fixtureOnLoopback();
    const path = join(root, 'sources.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { statistics: StatisticsSource[] };
    const shipped = manifest.statistics.find((s) => s.year === 2019)!;
    manifest.statistics = manifest.statistics.filter((s) => s.year !== 2019);
    writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
    const rows = readStatistics(readFileSync(join(root, 'raw', shipped.file), 'utf8'), shipped, shipped.file).rows;
    return { root, shipped, rows };
  }
  const options = { timeoutMs: 2000, pageSize: 3 };

  it('finds the year, keys, units, layout and national total, and places the year by code', async () => {
    const { root, shipped, rows } = withoutYear2019();
    const before = fingerprint(root);
    const { entry, lines, written } = await addYear(inputsIn(root), '90019TST', options);
    expect(written).toBe(false);
    expect(fingerprint(root)).toEqual(before);
    // Where the copy comes from and its bytes differ (the API's file is written anew); the rest is the same.
    const comparable = ({ sha256, bytes, url, page, note, odata, nationalShares, ...rest }: StatisticsSource) => ({
      ...rest,
      fields: odata.fields,
    });
    expect(comparable(entry)).toEqual(comparable(shipped));
    // The national shares come from the table's own national row, the sum of its municipalities.
    expect(entry.nationalShares.shares).toEqual({ western: 10.8, nonWestern: 18.32 });
    expect(entry.nationalShares.source).toMatch(
      /^The national row of table 90019TST in CBS's open-data API, fetched on /,
    );
    expect(entry.boundaries).toBeUndefined();
    expect(lines[0]).toBe(
      '2019 from table 90019TST: 4 municipalities, 167,600 inhabitants, placed by code with the boundaries of 2015 (2), 2022 (2)',
    );
    expect(rows.map((r) => r.code)).toEqual(['GM9001', 'GM9002', 'GM9003', 'GM9004']);
  });

  it('with --write adds the file and the entry, and the build takes the year with the same figures', async () => {
    const { root, rows } = withoutYear2019();
    await addYear(inputsIn(root), '90019TST', { ...options, write: true });
    const manifest = await readManifest(join(root, 'sources.json'));
    expect(manifest.statistics.map((s) => s.year)).toEqual([2015, 2019, 2022, 2023]);
    const added = manifest.statistics[1]!;
    const read = readStatistics(readFileSync(join(root, 'raw', added.file), 'utf8'), added, added.file).rows;
    expect(read).toEqual(rows);
    const { meta } = await runPipeline(inputsIn(root));
    expect(meta.report.years.find((y) => y.year === 2019)!.placedBy).toEqual({ '2015': 2, '2022': 2 });
  });

  it.each<[string, string, string, [path: string, handler: Handler]?]>([
    ['a table the manifest already has', '90022TST', 'the manifest already has this table'],
    [
      'a table whose description names no year',
      '90019TST',
      "90019TST: no year in the table's period or title",
      ['/odata/90019TST/TableInfos', json({ value: [{ Title: 'Kerncijfers wijken en buurten', Period: '' }] })],
    ],
    [
      'a table without one of the keys',
      '90019TST',
      '90019TST: expected one key starting "Turkije_" (field turkish), found 0',
      [
        '/odata/90019TST/DataProperties',
        json({ value: recordedProperties('90019TST').filter((p) => !p.Key.startsWith('Turkije_')) }),
      ],
    ],
    [
      'a table whose keys fit neither origin classification',
      '90019TST',
      "90019TST: the table's keys fit neither origin classification; expected WestersTotaal_",
      [
        '/odata/90019TST/DataProperties',
        json({
          value: recordedProperties('90019TST').filter((p) => !/Westers|Marokko|Antillen|Suriname|Turkije/.test(p.Key)),
        }),
      ],
    ],
    [
      'a table with the keys of both origin classifications',
      '90019TST',
      '90019TST: the table has keys of two origin classifications: WestersTotaal_',
      [
        '/odata/90019TST/DataProperties',
        json({ value: [...recordedProperties('90019TST'), { Key: 'BuitenEuropa_19', Unit: 'aantal' }] }),
      ],
    ],
  ])('stops at %s, adding nothing', async (_, table, message, override) => {
    const { root } = withoutYear2019();
    const before = fingerprint(root);
    if (override) overrides.set(...override);
    const error = await addYear(inputsIn(root), table, { ...options, write: true }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(RefreshError);
    expect(error?.message).toContain(message);
    expect(fingerprint(root)).toEqual(before);
  });
});

describe('comparing a refreshed statistics file', () => {
  const row = (counts: Partial<StatisticsRow['counts']>, shares: Partial<StatisticsRow['shares']>) =>
    ({
      code: 'GM9001',
      name: 'Adorp',
      line: 2,
      inhabitants: 1000,
      counts: { dutch: 900, western: 50, ...counts },
      shares: { dutch: 0.9, western: 0.05, ...shares },
    }) as StatisticsRow;

  it.each<[string, Unit, StatisticsRow, string[]]>([
    [
      'reports a count that changed although its share did not',
      'count',
      row({ western: 51 }, {}),
      ['GM9001 Adorp: western 50 → 51'],
    ],
    [
      'reports a whole percentage that changed',
      'percent',
      row({}, { western: 0.06 }),
      ['GM9001 Adorp: western 0.05 → 0.06'],
    ],
    ['ignores counts derived from unchanged percentages', 'percent', row({ western: 51 }, {}), []],
  ])('%s', (_, unit, fresh, expected) => {
    const { lines, unchanged } = compareStatistics('cbs/x.csv', unit, [row({}, {})], [fresh]);
    expect(lines.slice(0, -1)).toEqual(expected);
    expect(unchanged).toBe(expected.length === 0);
  });
});
