import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_INPUTS, runPipeline, type PipelineInputs, type PipelineResult } from '../../scripts/pipeline/run.ts';

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

/** A temporary copy of the fixture with the files of `overlay` (same layout) copied over it. */
export function fixtureCopy(overlay?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'vik-fixture-'));
  cpSync(FIXTURE_DIR, root, { recursive: true, filter: (path) => !path.endsWith('generate.ts') });
  if (overlay) cpSync(overlay, root, { recursive: true, filter: (path) => !path.endsWith('case.json') });
  return root;
}

/** The raw data directory with the real CBS files (filled by `npm run data:fetch`). */
export const REAL_DATA_DIR = PROJECT_INPUTS.dataDir;

/** Runs the pipeline on the real files with the project's own manifest, reference list and aliases. */
export function runOnRealData(): Promise<PipelineResult> {
  return runPipeline(PROJECT_INPUTS);
}
