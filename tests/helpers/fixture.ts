import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_INPUTS, type PipelineInputs } from '../../scripts/pipeline/inputs.ts';
import type { PipelineResult } from '../../scripts/pipeline/output-files.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { manifestWithChecksums } from '../../scripts/pipeline/sources.ts';

/** The small synthetic pipeline fixture (see tests/fixtures/pipeline/generate.ts). */
export const FIXTURE_DIR = 'tests/fixtures/pipeline';

/** Pipeline inputs laid out like the fixture: manifest, reference list and aliases beside raw/. */
export function inputsIn(root: string): PipelineInputs {
  return {
    manifestPath: join(root, 'sources.json'),
    dataDir: join(root, 'raw'),
    referencePath: join(root, 'wrr-reference.json'),
    aliasesPath: join(root, 'aliases.json'),
  };
}

/**
 * A temporary copy of the fixture with the files of `overlay` (same layout) copied over it. The
 * manifest records the checksums of the data files the overlay replaces, so that the pipeline
 * gets to check their content (a test of the checksum check itself passes `keepChecksums`).
 */
export function fixtureCopy(overlay?: string, { keepChecksums = false } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'vik-fixture-'));
  cpSync(FIXTURE_DIR, root, { recursive: true, filter: (path) => !path.endsWith('generate.ts') });
  if (!overlay) return root;
  cpSync(overlay, root, { recursive: true, filter: (path) => !path.endsWith('case.json') });
  const replaced = existsSync(join(overlay, 'raw'))
    ? (readdirSync(join(overlay, 'raw'), { recursive: true }) as string[]).filter((f) => /\.\w+$/.test(f))
    : [];
  if (replaced.length > 0 && !keepChecksums) {
    const manifest = join(root, 'sources.json');
    const files = new Map(replaced.map((f) => [f.replaceAll('\\', '/'), readFileSync(join(root, 'raw', f))]));
    writeFileSync(manifest, manifestWithChecksums(readFileSync(manifest, 'utf8'), files));
  }
  return root;
}

/** The directory with the shipped CBS and Kadaster files. */
export const REAL_DATA_DIR = PROJECT_INPUTS.dataDir;

/** Runs the pipeline on the real files with the project's own manifest, reference list and aliases. */
export function runOnRealData(): Promise<PipelineResult> {
  return runPipeline(PROJECT_INPUTS);
}
