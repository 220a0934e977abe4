import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readBoundaries } from '../pipeline/read-boundaries.ts';
import { decodeUtf8 } from '../pipeline/checked-file.ts';
import { readYearStatistics } from '../pipeline/read-statistics.ts';
import type { PipelineInputs } from '../pipeline/inputs.ts';
import { formatDate } from '../../src/lib/words/format.ts';
import { manifestWithChecksums, manifestWithNationalTotals, readManifest, type Manifest } from '../pipeline/sources.ts';
import { checkAsBuild } from './check-as-build.ts';
import { compareBoundaries, compareStatistics, type Difference } from './compare.ts';
import { statisticsCsv } from './convert.ts';
import { getText } from './http.ts';
import { replaceAll } from './replace-all.ts';
import { checkKeysAndUnits, municipalityRows, nationalRow, type OdataOptions } from './odata.ts';

/** How to refresh: where the inputs are, whether to replace them, and how to talk to the servers. */
export interface RefreshOptions extends Partial<OdataOptions> {
  /** Replace the shipped files (and their checksums in the manifest); otherwise only compare. */
  write?: boolean;
}

/** What a refresh found, per file, and whether it replaced the shipped files. */
export interface RefreshResult {
  differences: Difference[];
  written: boolean;
}

/** Every input as fetched: file name → text, the national totals by statistics file, and the manifest recording both. */
interface Fetched {
  files: Map<string, string>;
  totals: Map<string, number>;
  manifest: Manifest;
  /** The shipped manifest's text with the fetched files' checksums and totals. */
  manifestText: string;
}

/**
 * Gets every input afresh: statistics and the national totals from CBS's open-data API,
 * boundaries from their published TopoJSON. Everything lands in a staging folder first and goes
 * through the whole pipeline, as in a build; the result is compared with the shipped files. Only
 * with `write`, and only when every step succeeded, are the shipped files and their checksums replaced.
 */
export async function refreshSources(inputs: PipelineInputs, options: RefreshOptions = {}): Promise<RefreshResult> {
  const odata: OdataOptions = {
    timeoutMs: options.timeoutMs ?? 30_000,
    pageSize: options.pageSize ?? 1000,
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  };
  const shipped = await readManifest(inputs.manifestPath);
  const fetched = await fetchAll(shipped, await readFile(inputs.manifestPath, 'utf8'), odata);
  await checkFetched(inputs, shipped, fetched);
  const differences = await compareAll(inputs, shipped, fetched);
  // Only files whose content changed are replaced: an unchanged file keeps its shipped bytes.
  const changed = differences.filter((d) => !d.unchanged).map((d) => d.file);
  if (options.write && changed.length > 0) await replaceChanged(inputs, shipped, fetched, changed);
  return { differences, written: options.write === true && changed.length > 0 };
}

/** Fetches every statistics table (checked against its metadata, with its national total) and boundary file. */
async function fetchAll(manifest: Manifest, manifestText: string, odata: OdataOptions): Promise<Fetched> {
  const files = new Map<string, string>();
  const totals = new Map<string, number>();
  for (const source of manifest.statistics) {
    await checkKeysAndUnits(manifest.odataBase, source.odata, odata);
    const rows = await municipalityRows(manifest.odataBase, source.odata, odata);
    files.set(source.file, statisticsCsv(rows, source));
    totals.set(source.file, (await nationalRow(manifest.odataBase, source.odata, source.model, odata)).inhabitants);
  }
  for (const source of manifest.boundaries) {
    const text = await getText(source.url, odata);
    readBoundaries(text, source.url, source.level);
    files.set(source.file, text);
  }
  const bytes = new Map([...files].map(([file, text]) => [file, Buffer.from(text)]));
  const recorded = manifestWithNationalTotals(manifestWithChecksums(manifestText, bytes), totals);
  const updated = {
    ...manifest,
    statistics: manifest.statistics.map((s) => ({ ...s, nationalInhabitants: totals.get(s.file)! })),
  };
  return { files, totals, manifest: updated, manifestText: recorded };
}

/** The same checks as a build: the fetched files must make a complete, consistent dataset. */
async function checkFetched(inputs: PipelineInputs, shipped: Manifest, fetched: Fetched): Promise<void> {
  const origins = new Map([
    ...shipped.statistics.map((s): [string, string] => [s.file, `table ${s.odata.table} (converted to ${s.file})`]),
    ...shipped.boundaries.map((b): [string, string] => [b.file, b.url]),
  ]);
  await checkAsBuild(inputs, fetched.files, fetched.manifestText, origins);
}

/** What each fetched file changes against the shipped one. */
function compareAll(inputs: PipelineInputs, shipped: Manifest, fetched: Fetched): Promise<Difference[]> {
  return Promise.all([
    ...shipped.statistics.map(async (source, i) => {
      const before = readYearStatistics(await shippedText(inputs, source.file), source, source.file).rows;
      const now = readYearStatistics(
        fetched.files.get(source.file)!,
        fetched.manifest.statistics[i]!,
        source.file,
      ).rows;
      return compareStatistics(source.file, source.unit, before, now);
    }),
    ...shipped.boundaries.map(async (source) => {
      const text = await shippedText(inputs, source.file);
      const now = fetched.files.get(source.file)!;
      const parse = (t: string) => readBoundaries(t, source.file, source.level);
      return compareBoundaries(source.file, parse(text), parse(now), text === now);
    }),
  ]);
}

/** Replaces the changed files and records their checksums, national totals and where they came from. */
async function replaceChanged(
  inputs: PipelineInputs,
  shipped: Manifest,
  fetched: Fetched,
  changed: readonly string[],
): Promise<void> {
  const kept = new Map(changed.map((file) => [file, Buffer.from(fetched.files.get(file)!)]));
  // A refreshed statistics file comes from the API, not from the spreadsheet at its URL.
  const today = formatDate(new Date().toISOString().slice(0, 10));
  const notes = new Map(
    shipped.statistics.map((s) => [
      s.file,
      `Opgehaald uit tabel ${s.odata.table} van de open-data-API van CBS op ${today}.`,
    ]),
  );
  const totals = new Map([...fetched.totals].filter(([file]) => changed.includes(file)));
  const manifestText = manifestWithNationalTotals(
    manifestWithChecksums(await readFile(inputs.manifestPath, 'utf8'), kept, notes),
    totals,
  );
  await replaceAll([
    ...changed.map((file): [string, string] => [join(inputs.dataDir, file), fetched.files.get(file)!]),
    [inputs.manifestPath, manifestText],
  ]);
}

async function shippedText(inputs: PipelineInputs, file: string): Promise<string> {
  const path = join(inputs.dataDir, file);
  return decodeUtf8(await readFile(path), path);
}
