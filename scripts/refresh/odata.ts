import { z } from 'zod';
import { roundTo } from '../../src/lib/figures/round.ts';
import { ORIGIN_MODELS, type ModelId } from '../../src/lib/figures/origin-models.ts';
import { odataField, type OdataSource, type Unit } from '../pipeline/sources.ts';
import { getJson, RefreshError, type RequestLimits } from './http.ts';

/** How the refresh talks to the API. */
export interface OdataOptions extends RequestLimits {
  /** Rows asked for per request ($top); the API answers at most 10,000. */
  pageSize: number;
}

/** More municipality rows than the Netherlands has ever had: paging that has not stopped by then never will. */
const MAX_ROWS = 5000;

/** One row of a TypedDataSet: the selected keys and their values as CBS sends them. */
export type OdataRow = Record<string, unknown>;

const pageSchema = z.looseObject({
  value: z.array(z.record(z.string(), z.unknown())),
  'odata.nextLink': z.string().optional(),
});

const propertiesSchema = z.looseObject({
  value: z.array(z.looseObject({ Key: z.string(), Unit: z.string().nullish() })),
});

/** The units CBS writes in a table's metadata, as the manifest names them. */
const UNITS: Record<string, Unit> = { '%': 'percent', aantal: 'count' };

/**
 * Every municipality row of a CBS table (region keys starting with "GM"), with only the keys the
 * manifest names. Pages with $top/$skip, or follows the server's odata.nextLink where it sends one.
 */
export async function municipalityRows(base: string, odata: OdataSource, options: OdataOptions): Promise<OdataRow[]> {
  const keys = Object.values(odata.fields).map((f) => f.key);
  const query = (skip: number) =>
    new URLSearchParams({
      $format: 'json',
      $filter: `startswith(${odataField(odata, 'code').key},'GM')`,
      $select: keys.join(','),
      $top: String(options.pageSize),
      $skip: String(skip),
    });
  const rows: OdataRow[] = [];
  const fetched = new Set<string>();
  let url: string | undefined = `${base}/${odata.table}/TypedDataSet?${query(0).toString()}`;
  while (url) {
    fetched.add(new URL(url).href);
    const page: z.infer<typeof pageSchema> = shaped(
      pageSchema,
      await getJson(url, options),
      url,
      'a "value" list of rows',
    );
    // A server that ignores $skip would send the first page forever.
    if (rows.length > 0 && page.value.length > 0 && JSON.stringify(page.value[0]) === JSON.stringify(rows[0])) {
      throw new RefreshError(`${url}: the API sent the first page again; paging does not work`);
    }
    rows.push(...page.value);
    if (rows.length > MAX_ROWS) {
      throw new RefreshError(`${odata.table}: more than ${MAX_ROWS} municipality rows; paging does not stop`);
    }
    const next = nextPage(page['odata.nextLink'], url, base);
    url = next ?? (page.value.length === options.pageSize ? `${url.split('?')[0]}?${query(rows.length)}` : undefined);
    if (url && fetched.has(new URL(url).href))
      throw new RefreshError(`${url}: the API links back to a page already fetched`);
  }
  if (rows.length === 0) throw new RefreshError(`${odata.table}: the API returned no municipality rows`);
  return rows;
}

/** The country's row of a table: its inhabitants and, in percent of them, the figures a file's scale is checked against. */
export interface NationalRow {
  inhabitants: number;
  shares: Record<string, number>;
}

/**
 * The country as the table gives it: its one national row (region key starting with "NL"),
 * against which the municipalities of the file must add up, and the national shares of the
 * checked figures (counts turned into percentages with two decimals).
 */
export async function nationalRow(
  base: string,
  odata: OdataSource,
  model: ModelId,
  options: OdataOptions,
): Promise<NationalRow> {
  const [code, inhabitants] = [odataField(odata, 'code'), odataField(odata, 'inhabitants')];
  const checked = ORIGIN_MODELS[model].nationallyChecked;
  const keys = [code.key, inhabitants.key, ...checked.map((f) => odataField(odata, f).key)];
  const query = new URLSearchParams({
    $format: 'json',
    $filter: `startswith(${code.key},'NL')`,
    $select: keys.join(','),
  });
  const url = `${base}/${odata.table}/TypedDataSet?${query.toString()}`;
  const page = shaped(pageSchema, await getJson(url, options), url, 'a "value" list of rows');
  if (page.value.length !== 1) {
    throw new RefreshError(`${odata.table}: expected one national row (code NL…), found ${page.value.length}`);
  }
  const row = page.value[0]!;
  const total = row[inhabitants.key];
  if (typeof total !== 'number' || !Number.isSafeInteger(total) || total <= 0) {
    throw new RefreshError(
      `${odata.table}: the national row's ${inhabitants.key} is ${JSON.stringify(total)}, expected a positive whole number`,
    );
  }
  const shareOf = (figure: string) => {
    const { key, unit } = odataField(odata, figure);
    const value = positiveNumber(row, key, odata.table);
    return unit === 'percent' ? value : roundTo((100 * value) / total, 2);
  };
  return { inhabitants: total, shares: Object.fromEntries(checked.map((f) => [f, shareOf(f)])) };
}

/** A figure of the national row that must be a positive number. */
function positiveNumber(row: OdataRow, key: string, table: string): number {
  const value = row[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RefreshError(
      `${table}: the national row's ${key} is ${JSON.stringify(value)}, expected a positive number`,
    );
  }
  return value;
}

/** A table's keys, each with the unit CBS publishes it in where that is a count or a percentage. */
export async function dataProperties(
  base: string,
  table: string,
  options: OdataOptions,
): Promise<{ key: string; unit?: Unit; published: string }[]> {
  const url = `${base}/${table}/DataProperties?$format=json`;
  const properties = shaped(propertiesSchema, await getJson(url, options), url, 'a "value" list of properties');
  return properties.value.map((p) => {
    const published = p.Unit?.trim().toLowerCase() ?? '';
    const unit = UNITS[published];
    return { key: p.Key, published, ...(unit ? { unit } : {}) };
  });
}

/**
 * Checks the manifest's keys and units against the table's own metadata (DataProperties), so a
 * key that is not in the table, or a figure CBS publishes in another unit, stops the refresh.
 */
export async function checkKeysAndUnits(base: string, odata: OdataSource, options: OdataOptions): Promise<void> {
  const properties = new Map((await dataProperties(base, odata.table, options)).map((p) => [p.key, p]));
  for (const [field, spec] of Object.entries(odata.fields)) {
    const property = properties.get(spec.key);
    if (!property) {
      throw new RefreshError(`${odata.table}: the table has no key "${spec.key}" (manifest field ${field})`);
    }
    if (!('unit' in spec)) continue;
    if (property.published === '') {
      throw new RefreshError(
        `${odata.table}: the table gives no unit for ${spec.key}; the manifest says ${spec.unit} (field ${field})`,
      );
    }
    if (property.unit !== spec.unit) {
      throw new RefreshError(
        `${odata.table}: CBS publishes ${spec.key} in "${property.published}", but the manifest says ${spec.unit} (field ${field})`,
      );
    }
  }
}

/** The server's link to the next page, resolved against the current one and kept on the API's host. */
function nextPage(link: string | undefined, current: string, base: string): string | undefined {
  if (link === undefined) return undefined;
  const next = new URL(link, current);
  if (next.origin !== new URL(base).origin) {
    throw new RefreshError(`${current}: the next page is on another host (${next.href}); refusing to follow`);
  }
  return next.href;
}

function shaped<T extends z.ZodType>(schema: T, data: unknown, url: string, expected: string): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new RefreshError(`${url}: expected an OData answer with ${expected}`);
  return parsed.data;
}
