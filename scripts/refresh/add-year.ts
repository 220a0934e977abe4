import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { formatDate } from '../../src/lib/words/format.ts';
import { countText } from '../pipeline/count-text.ts';
import type { PipelineInputs } from '../pipeline/inputs.ts';
import { checksumOf } from '../pipeline/checked-file.ts';
import { fieldsOf, type ModelId } from '../../src/lib/figures/origin-models.ts';
import {
  readManifest,
  type Manifest,
  type OdataSource,
  type StatisticsSource,
  type Unit,
} from '../pipeline/sources.ts';
import { checkAsBuild } from './check-as-build.ts';
import { statisticsCsv } from './convert.ts';
import { getJson, RefreshError } from './http.ts';
import { dataProperties, municipalityRows, nationalRow, type OdataOptions } from './odata.ts';
import { replaceAll } from './replace-all.ts';
import { fieldsOfTable, modelOfTable } from './table-keys.ts';

/** What adding a year found: its manifest entry, a summary for the terminal, and whether it was written. */
export interface AddedYear {
  entry: StatisticsSource;
  lines: string[];
  written: boolean;
}

const tableInfosSchema = z.looseObject({
  value: z.array(z.looseObject({ Title: z.string(), Period: z.string().optional() })).length(1),
});

/**
 * Adds a statistics year by the id of its CBS table alone: the year from the table's own
 * description, the keys and units from its metadata, the file's layout from the newest year in the
 * manifest published in the same unit, the national total from its national row, and no boundary
 * file (each municipality is placed on today's map by its code). The new year goes through the
 * whole pipeline with the shipped inputs; only with `write` are the file and the manifest entry added.
 */
export async function addYear(
  inputs: PipelineInputs,
  table: string,
  options: OdataOptions & { write?: boolean },
): Promise<AddedYear> {
  const manifest = await readManifest(inputs.manifestPath);
  if (manifest.statistics.some((s) => s.odata.table === table)) {
    throw new RefreshError(`${table}: the manifest already has this table; run the refresh without --add`);
  }
  const year = await yearOf(manifest.odataBase, table, options);
  if (manifest.statistics.some((s) => s.year === year)) {
    throw new RefreshError(`${table}: the manifest already has statistics for ${year}`);
  }
  const { model, odata } = await odataOf(manifest.odataBase, table, options);
  const draft = entryFor(manifest, year, model, odata);
  const text = statisticsCsv(await municipalityRows(manifest.odataBase, odata, options), draft);
  const national = await nationalRow(manifest.odataBase, odata, model, options);
  const entry: StatisticsSource = {
    ...draft,
    nationalInhabitants: national.inhabitants,
    // The table's own national row: it checks that the converted file has the scale CBS gives the country.
    nationalShares: {
      referenceDate: draft.referenceDate,
      shares: national.shares,
      source: `The national row of table ${table} in CBS's open-data API, fetched on ${fetchedOn()}.`,
    },
    ...checksumOf(Buffer.from(text)),
  };
  const manifestText = withEntry(await readFile(inputs.manifestPath, 'utf8'), entry);
  const origins = new Map([[entry.file, `table ${table} (converted to ${entry.file})`]]);
  const { meta } = await checkAsBuild(inputs, new Map([[entry.file, text]]), manifestText, origins);
  const report = meta.report.years.find((y) => y.year === year)!;
  const placed = Object.entries(report.placedBy).map(([by, n]) => `${by} (${n})`);
  const lines = [
    `${year} from table ${table}: ${report.read} municipalities, ${countText(report.inhabitantsIn)} inhabitants, ` +
      `placed by code with the boundaries of ${placed.join(', ')}`,
    `${entry.file}: ${entry.unit === 'count' ? 'numbers of persons' : 'whole percentages'}, origin model ${model}`,
  ];
  if (options.write) {
    await replaceAll([
      [join(inputs.dataDir, entry.file), text],
      [inputs.manifestPath, manifestText],
    ]);
  }
  return { entry, lines, written: options.write === true };
}

/** The year a table describes, from its own description (TableInfos). */
async function yearOf(base: string, table: string, options: OdataOptions): Promise<number> {
  const url = `${base}/${table}/TableInfos?$format=json`;
  const parsed = tableInfosSchema.safeParse(await getJson(url, options));
  if (!parsed.success) throw new RefreshError(`${url}: expected an OData answer describing one table`);
  const { Period, Title } = parsed.data.value[0]!;
  const year = /\b(19|20)\d\d\b/.exec(`${Period ?? ''} ${Title}`)?.[0];
  if (!year) throw new RefreshError(`${table}: no year in the table's period or title ("${Title}")`);
  return Number(year);
}

/** The table's origin model and each field's key and unit, from its metadata (DataProperties). */
async function odataOf(
  base: string,
  table: string,
  options: OdataOptions,
): Promise<{ model: ModelId; odata: OdataSource }> {
  const properties = await dataProperties(base, table, options);
  const model = modelOfTable(table, properties);
  const fields = fieldsOfTable(table, properties, model);
  return {
    model,
    odata: { table, keysFrom: `Looked up in the table's own metadata (DataProperties) on ${fetchedOn()}.`, fields },
  };
}

/**
 * The new year's manifest entry, in the layout of the newest year the manifest has of the same
 * model in the same unit; where it has none, the file's columns are named after the fields.
 */
function entryFor(
  manifest: Manifest,
  year: number,
  model: ModelId,
  odata: OdataSource,
): Omit<StatisticsSource, 'nationalInhabitants' | 'nationalShares' | 'sha256' | 'bytes'> {
  const units = new Set(Object.values(odata.fields).flatMap((f) => (f.unit ? [f.unit] : [])));
  units.delete('count'); // inhabitants are always a count
  const unit: Unit = units.has('percent') ? 'percent' : 'count';
  const newest = manifest.statistics.filter((s) => s.model === model).sort((a, b) => b.year - a.year);
  const template = newest.find((s) => s.unit === unit) ?? newest[0] ?? manifest.statistics.at(-1)!;
  const columns =
    template.model === model && template.unit === unit
      ? template.columns
      : Object.fromEntries(fieldsOf(model).map((field) => [field, field]));
  const withYear = (text: string) => text.replaceAll(String(template.year), String(year));
  const origin = new URL(manifest.odataBase).origin;
  return {
    id: withYear(template.id),
    dataset: withYear(template.dataset),
    year,
    referenceDate: withYear(template.referenceDate),
    model,
    file: withYear(template.file),
    url: `${manifest.odataBase}/${odata.table}/TypedDataSet`,
    page: `${origin}/statline/#/CBS/nl/dataset/${odata.table}/table`,
    licence: template.licence,
    unit,
    columns,
    odata,
    note: `Opgehaald uit tabel ${odata.table} van de open-data-API van CBS. Er is geen grenzenbestand van ${year}: elke gemeente is op de kaart van nu geplaatst met haar code.`,
  };
}

/** Today in Dutch ("7 december 2025"), as notes and sources record when something was fetched. */
function fetchedOn(): string {
  return formatDate(new Date().toISOString().slice(0, 10));
}

/** The manifest's text with a statistics entry added in year order. */
function withEntry(text: string, entry: StatisticsSource): string {
  const json = JSON.parse(text) as { statistics: { year: number }[] };
  json.statistics = [...json.statistics, entry].sort((a, b) => a.year - b.year);
  return `${JSON.stringify(json, null, 2)}\n`;
}
