import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { InputError } from '../../src/lib/checks/input-error.ts';
import type { PipelineInputs } from '../pipeline/inputs.ts';
import type { PipelineResult } from '../pipeline/output-files.ts';
import { runPipeline } from '../pipeline/run.ts';
import { RefreshError } from './http.ts';

/**
 * Runs the whole pipeline, as a build would, on the shipped inputs with some files and the
 * manifest replaced, in a staging folder that is gone afterwards. A failure becomes a RefreshError
 * that names each replaced file by where it came from (a table or URL), not by the staging folder.
 */
export async function checkAsBuild(
  inputs: PipelineInputs,
  files: ReadonlyMap<string, string>,
  manifestText: string,
  origins: ReadonlyMap<string, string>,
): Promise<PipelineResult> {
  const staging = await mkdtemp(join(tmpdir(), 'vik-refresh-'));
  try {
    await cp(inputs.dataDir, staging, { recursive: true });
    for (const [file, text] of [...files, ['sources.json', manifestText] as const]) {
      await mkdir(dirname(join(staging, file)), { recursive: true });
      await writeFile(join(staging, file), text);
    }
    return await runPipeline({ ...inputs, manifestPath: join(staging, 'sources.json'), dataDir: staging });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const message = [...origins].reduce(
      (text, [file, origin]) => text.replaceAll(join(staging, file), origin),
      error.message,
    );
    throw new RefreshError(`the fetched data fail the build's checks: ${message.replaceAll(`${staging}/`, '')}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
