import { copyFile, mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readBoundaries } from './read-boundaries.ts';
import { readStatistics } from './read-statistics.ts';
import { readManifest, type BoundariesSource, type StatisticsSource } from './sources.ts';

/** Where the fetch step gets its files and puts them. */
export interface FetchOptions {
  manifestPath: string;
  /** The raw data directory to fill. */
  rawDir: string;
  /** A directory with the same layout to copy from when a download fails. */
  mirrorDir: string;
  /** Skip downloads and copy from the mirror straight away. */
  offline?: boolean;
  /** Fetch again even when the file is present. */
  force?: boolean;
  /** Time allowed per download. */
  timeoutMs?: number;
}

/** What happened to one file. */
export interface FetchOutcome {
  file: string;
  how: 'present' | 'downloaded' | 'mirror';
  /** Why the download was not used, when the mirror was. */
  reason?: string;
}

/**
 * Fills the raw data directory: each manifest entry is downloaded from its URL and kept only
 * if it reads as the manifest says (same checks as the merge step); otherwise it is copied from
 * the mirror. Files already present are left alone unless `force` is set.
 */
export async function fetchSources(options: FetchOptions): Promise<FetchOutcome[]> {
  const manifest = await readManifest(options.manifestPath);
  const outcomes: FetchOutcome[] = [];
  for (const source of [...manifest.statistics, ...manifest.boundaries]) {
    const target = join(options.rawDir, source.file);
    if (!options.force && (await exists(target))) {
      outcomes.push({ file: source.file, how: 'present' });
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    const reason = options.offline ? 'offline' : await download(source, target, options.timeoutMs ?? 15_000);
    if (reason === undefined) {
      outcomes.push({ file: source.file, how: 'downloaded' });
      continue;
    }
    const mirrored = join(options.mirrorDir, source.file);
    if (!(await exists(mirrored))) {
      throw new Error(`${source.file}: download failed (${reason}) and the mirror has no ${mirrored}`);
    }
    await copyFile(mirrored, `${target}.part`);
    await rename(`${target}.part`, target);
    outcomes.push({ file: source.file, how: 'mirror', reason });
  }
  return outcomes;
}

/** Downloads one source and checks it; returns why it could not be used, or undefined on success. */
async function download(
  source: StatisticsSource | BoundariesSource,
  target: string,
  timeoutMs: number,
): Promise<string | undefined> {
  let text: string;
  try {
    const response = await fetch(source.url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return `HTTP ${response.status}`;
    text = await response.text();
  } catch (error) {
    return (error as Error).message;
  }
  try {
    if ('unit' in source) readStatistics(text, source, source.url);
    else readBoundaries(text, source.url, source.level);
  } catch (error) {
    return `the download is not in the expected form: ${(error as Error).message}`;
  }
  await writeFile(`${target}.part`, text);
  await rename(`${target}.part`, target);
  return undefined;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile() && s.size > 0,
    () => false,
  );
}
