/**
 * Builds the dataset the site reads: `npm run data:build`. Reads the shipped inputs
 * (data/sources.json, data/sources/ and the project's own files in data/), writes src/data/
 * (or DATA_OUT) all at once, and prints what went in and out.
 */
import { formatReport } from './pipeline/format-report.ts';
import { InputError } from './pipeline/input-error.ts';
import { PROJECT_INPUTS } from './pipeline/inputs.ts';
import { runPipeline } from './pipeline/run.ts';
import { writeAllOrNothing } from './pipeline/write-outputs.ts';

const started = performance.now();
try {
  const result = await runPipeline(PROJECT_INPUTS);
  await writeAllOrNothing(process.env['DATA_OUT'] ?? 'src/data', result.files);
  console.log(formatReport(result, performance.now() - started));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`Data pipeline stopped: ${error.message}`);
  process.exitCode = 1;
}
