import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { manifestWithChecksums } from '../../scripts/pipeline/sources.ts';
import { FIXTURE_DIR, fixtureCopy, inputsIn } from './fixture.ts';

/** What to change in the fixture site: today's name of the merged fixture municipality, and example files. */
export interface FixtureSiteOptions {
  municipalityName?: string;
  /** Practice examples: file name → Markdown. */
  examples: Record<string, string>;
  /** A type whose description file to leave out. */
  withoutDescriptionOf?: string;
  /** Synthetic statistics years to add, placed by code (see addSyntheticYear). */
  extraYears?: number[];
}

/**
 * Adds a made-up statistics year to a fixture copy: the 2022 figures with a few hundred more
 * inhabitants of Dutch background per year, without boundaries of its own (each municipality is
 * placed by its code), entered in the manifest with its checksum and national total, as a
 * maintainer would add a year.
 */
export function addSyntheticYear(raw: string, year: number): void {
  const file = `cbs/proef-${year}.csv`;
  const [header = '', ...rows] = readFileSync(join(raw, 'raw/cbs/proef-2022.csv'), 'utf8').split('\r\n');
  const column = header.split(';').indexOf('"a_inw"');
  let total = 0;
  const text = [
    header,
    ...rows.map((row) => {
      const cells = row.split(';');
      if (cells.length <= column) return row;
      const inhabitants = Number(cells[column]) + (year - 2000) * 100;
      total += inhabitants;
      cells[column] = String(inhabitants);
      return cells.join(';');
    }),
  ].join('\r\n');
  writeFileSync(join(raw, 'raw', file), text);
  const path = join(raw, 'sources.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { statistics: Record<string, unknown>[] };
  const { boundaries, ...template } = manifest.statistics.find((s) => s['year'] === 2022)!;
  manifest.statistics.push({
    ...template,
    id: `kwb-${year}`,
    dataset: `Proefcijfers ${year}`,
    year,
    referenceDate: `${year}-01-01`,
    nationalInhabitants: total,
    file,
  });
  writeFileSync(path, manifestWithChecksums(JSON.stringify(manifest), new Map([[file, Buffer.from(text)]])));
}

/**
 * Lays out a copy of the site in `root` with the small pipeline fixture as its data, ready to
 * build. Its one current municipality besides Súdwest-Dûmen is GM9006.
 */
export async function prepareFixtureSite(root: string, options: FixtureSiteOptions): Promise<void> {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(file, join(root, file));
  cpSync('public', join(root, 'public'), { recursive: true });
  cpSync('src', join(root, 'src'), {
    recursive: true,
    filter: (path) => !/src[/\\](data|content[/\\]voorbeelden)/.test(path),
  });
  mkdirSync(join(root, 'data'));
  cpSync(join(FIXTURE_DIR, 'wrr-reference.json'), join(root, 'data/wrr-reference.json'));
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');

  const raw = fixtureCopy();
  if (options.municipalityName) {
    const file = 'geo/proef-gemeenten-2026.topojson';
    const boundaries = join(raw, 'raw', file);
    const text = readFileSync(boundaries, 'utf8').replace(
      '"Nuenen, Gerwen en Test"',
      JSON.stringify(options.municipalityName),
    );
    writeFileSync(boundaries, text);
    const manifest = join(raw, 'sources.json');
    writeFileSync(
      manifest,
      manifestWithChecksums(readFileSync(manifest, 'utf8'), new Map([[file, Buffer.from(text)]])),
    );
  }
  for (const year of options.extraYears ?? []) addSyntheticYear(raw, year);
  const { files } = await runPipeline(inputsIn(raw));
  mkdirSync(join(root, 'src/data'), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, 'src/data', name), content);
  if (options.withoutDescriptionOf) rmSync(join(root, 'src/content/typen', `${options.withoutDescriptionOf}.md`));
  mkdirSync(join(root, 'src/content/voorbeelden'), { recursive: true });
  for (const [name, content] of Object.entries(options.examples))
    writeFileSync(join(root, 'src/content/voorbeelden', name), content);
}

/** Builds a prepared fixture site; returns the build's output, or throws with it when the build fails. */
export function buildFixtureSite(root: string): string {
  return execFileSync('npx', ['--no-install', 'astro', 'build'], {
    cwd: root,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

/** A practice example file for GM9006 with the given frontmatter fields replaced. */
export function exampleFile(fields: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    title: JSON.stringify('Een proefvoorbeeld'),
    municipalities: '[GM9006]',
    filedUnder: 'null',
    themes: '[onderwijs]',
    years: '[2020]',
    summary: JSON.stringify('Een proefvoorbeeld met genoeg woorden. '.repeat(18).trim()),
    measures: '[Een maatregel]',
    source: '{ document: vng-portfolio-2020, section: Proef }',
    ...fields,
  };
  return ['---', ...Object.entries(base).map(([key, value]) => `${key}: ${value}`), '---', ''].join('\n');
}
