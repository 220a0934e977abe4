import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputError } from '../pipeline/input-error.ts';
import { readBoundaries } from '../pipeline/read-boundaries.ts';
import { decodeUtf8 } from '../pipeline/read-input.ts';
import { readStatistics } from '../pipeline/read-statistics.ts';
import type { PipelineInputs } from '../pipeline/inputs.ts';
import { runPipeline } from '../pipeline/run.ts';
import { formatDate } from '../../src/lib/format.ts';
import { manifestWithChecksums, readManifest } from '../pipeline/sources.ts';
import { compareBoundaries, compareStatistics, type Difference } from './compare.ts';
import { statisticsCsv } from './convert.ts';
import { getText, RefreshError } from './http.ts';
import { replaceAll } from './replace-all.ts';
import { checkKeysAndUnits, municipalityRows, type OdataOptions } from './odata.ts';

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

/**
 * Gets every input afresh: statistics from CBS's open-data API, boundaries from their published
 * TopoJSON. Everything lands in a staging folder first and goes through the whole pipeline, as in
 * a build; the result is compared with the shipped files. Only with `write`, and only when every
 * step succeeded, are the shipped files and their checksums replaced.
 */
export async function refreshSources(inputs: PipelineInputs, options: RefreshOptions = {}): Promise<RefreshResult> {
  const odata: OdataOptions = {
    timeoutMs: options.timeoutMs ?? 30_000,
    pageSize: options.pageSize ?? 1000,
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  };
  const manifest = await readManifest(inputs.manifestPath);
  const staging = await mkdtemp(join(tmpdir(), 'vik-refresh-'));
  try {
    const fresh = new Map<string, string>();
    for (const source of manifest.statistics) {
      await checkKeysAndUnits(manifest.odataBase, source.odata, odata);
      const rows = await municipalityRows(manifest.odataBase, source.odata, odata);
      fresh.set(source.file, statisticsCsv(rows, source));
    }
    for (const source of manifest.boundaries) {
      const text = await getText(source.url, odata);
      readBoundaries(text, source.url, source.level);
      fresh.set(source.file, text);
    }

    const bytes = new Map([...fresh].map(([file, text]) => [file, Buffer.from(text)]));
    const stagedManifest = manifestWithChecksums(await readFile(inputs.manifestPath, 'utf8'), bytes);
    for (const [file, text] of fresh) await writeInto(staging, file, text);
    await writeInto(staging, 'sources.json', stagedManifest);
    // The same checks as a build: the refreshed files must make a complete, consistent dataset.
    await runPipeline({ ...inputs, manifestPath: join(staging, 'sources.json'), dataDir: staging }).catch(
      (error: unknown) => {
        if (!(error instanceof InputError)) throw error;
        // The staging folder is gone when the message is read: name the table or URL instead.
        const origins: [file: string, origin: string][] = [
          ...manifest.statistics.map((s): [string, string] => [
            s.file,
            `table ${s.odata.table} (converted to ${s.file})`,
          ]),
          ...manifest.boundaries.map((b): [string, string] => [b.file, b.url]),
        ];
        const message = origins.reduce(
          (text, [file, origin]) => text.replaceAll(join(staging, file), origin),
          error.message,
        );
        throw new RefreshError(`the fetched data fail the build's checks: ${message.replaceAll(`${staging}/`, '')}`);
      },
    );

    const differences = await Promise.all([
      ...manifest.statistics.map(async (source) => {
        const shipped = readStatistics(await shippedText(inputs, source.file), source, source.file);
        const now = readStatistics(fresh.get(source.file)!, source, source.file);
        return compareStatistics(source.file, source.unit, shipped, now);
      }),
      ...manifest.boundaries.map(async (source) => {
        const text = await shippedText(inputs, source.file);
        const now = fresh.get(source.file)!;
        const parse = (t: string) => readBoundaries(t, source.file, source.level);
        return compareBoundaries(source.file, parse(text), parse(now), text === now);
      }),
    ]);

    // Only files whose content changed are replaced: an unchanged file keeps its shipped bytes.
    const changed = differences.filter((d) => !d.unchanged).map((d) => d.file);
    if (options.write && changed.length > 0) {
      const kept = new Map(changed.map((file) => [file, bytes.get(file)!]));
      // A refreshed statistics file comes from the API, not from the spreadsheet at its URL.
      const notes = new Map(
        manifest.statistics.map((s) => [
          s.file,
          `Opgehaald uit tabel ${s.odata.table} van de open-data-API van CBS op ${formatDate(new Date().toISOString().slice(0, 10))}.`,
        ]),
      );
      await replaceAll([
        ...changed.map((file): [string, string] => [join(inputs.dataDir, file), fresh.get(file)!]),
        [inputs.manifestPath, manifestWithChecksums(await readFile(inputs.manifestPath, 'utf8'), kept, notes)],
      ]);
    }
    return { differences, written: options.write === true && changed.length > 0 };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function shippedText(inputs: PipelineInputs, file: string): Promise<string> {
  const path = join(inputs.dataDir, file);
  return decodeUtf8(await readFile(path), path);
}

async function writeInto(root: string, file: string, text: string): Promise<void> {
  await mkdir(dirname(join(root, file)), { recursive: true });
  await writeFile(join(root, file), text);
}
