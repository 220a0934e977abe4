/**
 * Gets the inputs afresh from their official sources and compares them with the shipped files:
 * `npm run data:refresh` (compare only) or `npm run data:refresh -- --write` (replace the shipped
 * files and their checksums). Statistics come from CBS's open-data API, boundaries from their
 * published TopoJSON. `npm run data:refresh -- --add 84583NED [--write]` adds the year of a CBS
 * table by its id alone, without boundaries. Needs internet; the build itself never does.
 */
import { InputError } from '../src/lib/checks/input-error.ts';
import { PROJECT_INPUTS } from './pipeline/inputs.ts';
import { RefreshError } from './refresh/http.ts';
import { addYear } from './refresh/add-year.ts';
import { refreshSources } from './refresh/refresh.ts';

const write = process.argv.includes('--write');
const add = process.argv.indexOf('--add');
try {
  if (add >= 0) {
    const table = process.argv[add + 1];
    if (!table || table.startsWith('--')) throw new RefreshError('--add needs the id of a CBS table, such as 84583NED');
    const { lines, written } = await addYear(PROJECT_INPUTS, table, { timeoutMs: 30_000, pageSize: 1000, write });
    for (const line of lines) console.log(line);
    console.log(
      written
        ? 'Added the file to data/sources and its entry to data/sources.json.'
        : 'Nothing added. Run with --write to add this year.',
    );
  } else {
    await refresh();
  }
} catch (error) {
  // One line, no stack trace: the message names the table, URL or file and what was wrong.
  const known = error instanceof RefreshError || error instanceof InputError;
  console.error(`data:refresh stopped, nothing replaced: ${known ? error.message : String(error)}`);
  process.exitCode = 1;
}

async function refresh(): Promise<void> {
  const { differences, written } = await refreshSources(PROJECT_INPUTS, { write });
  for (const d of differences) {
    console.log(`${d.file}: ${d.unchanged ? 'unchanged' : 'differs'}`);
    for (const line of d.lines) console.log(`  ${line}`);
  }
  const changed = differences.filter((d) => !d.unchanged).length;
  if (written) console.log(`Replaced ${changed} file(s) in data/sources and their checksums in data/sources.json.`);
  else if (changed === 0) console.log('The shipped files are up to date.');
  else console.log('Nothing replaced. Run `npm run data:refresh -- --write` to take these files.');
}
