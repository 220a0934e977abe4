/**
 * Gets the inputs afresh from their official sources and compares them with the shipped files:
 * `npm run data:refresh` (compare only) or `npm run data:refresh -- --write` (replace the shipped
 * files and their checksums). Statistics come from CBS's open-data API, boundaries from their
 * published TopoJSON. Needs internet; the build itself never does.
 */
import { InputError } from './pipeline/input-error.ts';
import { PROJECT_INPUTS } from './pipeline/inputs.ts';
import { RefreshError } from './refresh/http.ts';
import { refreshSources } from './refresh/refresh.ts';

const write = process.argv.includes('--write');
try {
  const { differences, written } = await refreshSources(PROJECT_INPUTS, { write });
  for (const d of differences) {
    console.log(`${d.file}: ${d.unchanged ? 'unchanged' : 'differs'}`);
    for (const line of d.lines) console.log(`  ${line}`);
  }
  const changed = differences.filter((d) => !d.unchanged).length;
  if (written) console.log(`Replaced ${changed} file(s) in data/sources and their checksums in data/sources.json.`);
  else if (changed === 0) console.log('The shipped files are up to date.');
  else console.log('Nothing replaced. Run `npm run data:refresh -- --write` to take these files.');
} catch (error) {
  // One line, no stack trace: the message names the table, URL or file and what was wrong.
  const known = error instanceof RefreshError || error instanceof InputError;
  console.error(`data:refresh stopped, nothing replaced: ${known ? error.message : String(error)}`);
  process.exitCode = 1;
}
