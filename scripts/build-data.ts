/**
 * Builds the dataset the site reads: `npm run data:build`. Reads the shipped inputs
 * (data/sources.json, data/sources/ and the project's own files in data/), writes src/data/
 * (or DATA_OUT) all at once, and prints what went in and out.
 */
import { execFileSync } from 'node:child_process';
import { formatReport } from './pipeline/format-report.ts';
import { InputError } from '../src/lib/checks/input-error.ts';
import { PROJECT_INPUTS } from './pipeline/inputs.ts';
import { runPipeline } from './pipeline/run.ts';
import { writeAllOrNothing } from './pipeline/write-outputs.ts';

const started = performance.now();
try {
  const result = await runPipeline(PROJECT_INPUTS);
  await writeAllOrNothing(process.env['DATA_OUT'] ?? 'src/data', { ...result.files, 'build.json': buildInfo() });
  console.log(formatReport(result, performance.now() - started));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`Data pipeline stopped: ${error.message}`);
  process.exitCode = 1;
}

/**
 * When and from which commit the data were built, for the method page's citation: the date of
 * SOURCE_DATE_EPOCH where a reproducible build sets it, else today; no commit outside a git checkout.
 */
function buildInfo(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const date = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // Not a git checkout (a downloaded archive): the citation names the version only.
  }
  return `${JSON.stringify({ date, commit }, null, 1)}\n`;
}
