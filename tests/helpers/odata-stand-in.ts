import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

/** One table as a stand-in for CBS's open-data API answers it. */
export interface StandInTable {
  table: string;
  /** The table's description (TableInfos), from which the refresh takes its year. */
  title: string;
  period: string;
  /** Its metadata (DataProperties), in the table's order. */
  properties: object[];
  /** Its municipality rows as the API sends them (codes and names padded). */
  rows: Record<string, unknown>[];
  /** Its national row. */
  national: Record<string, unknown>;
}

/**
 * A stand-in for CBS's open-data API (OData v3) on loopback, answering in the API's shape:
 * TableInfos, DataProperties, and TypedDataSet page by page ($skip and $top) or, for a filter on
 * "NL", the national row. Anything else is a 404, as at CBS.
 */
export async function startStandIn(
  tables: readonly StandInTable[],
): Promise<{ base: string; close: () => Promise<void> }> {
  const answerFor = (url: URL): unknown[] | undefined => {
    const [, , table, set] = url.pathname.split('/');
    const t = tables.find((candidate) => candidate.table === table);
    if (!t || url.pathname !== `/odata/${table}/${set}`) return undefined;
    if (set === 'TableInfos') return [{ Title: t.title, Identifier: t.table, Period: t.period }];
    if (set === 'DataProperties') return t.properties;
    if (set !== 'TypedDataSet') return undefined;
    if (url.searchParams.get('$filter')?.includes("'NL'")) return [t.national];
    const skip = Number(url.searchParams.get('$skip') ?? 0);
    return t.rows.slice(skip, skip + Number(url.searchParams.get('$top') ?? 10_000));
  };
  const server = createServer((request, response) => {
    const value = answerFor(new URL(request.url!, 'http://localhost'));
    if (value === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/odata`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Writes into `root` the project's manifest without one statistics entry, pointing at the stand-in: a year to add again. */
export function manifestWithout(root: string, manifest: { statistics: object[] }, left: object, base: string): void {
  writeFileSync(
    join(root, 'sources.json'),
    JSON.stringify({ ...manifest, odataBase: base, statistics: manifest.statistics.filter((s) => s !== left) }),
  );
}
