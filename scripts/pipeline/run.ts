import { assessCertainty } from './assess-certainty.ts';
import { boundaryYears } from './boundary-years.ts';
import { checkTypology } from './check-typology.ts';
import { countInhabitants } from './count-inhabitants.ts';
import { describeDataset } from './describe-dataset.ts';
import { naturalEarthBorder } from './geography.ts';
import type { PipelineInputs } from './inputs.ts';
import { outputFiles, type PipelineResult } from './output-files.ts';
import { readInputs } from './read-inputs.ts';
import { sumOntoToday } from './sum-onto-today.ts';
import { todaysMap } from './todays-map.ts';
import { typeYear } from './type-year.ts';

/**
 * The whole pipeline, in memory: read and check every input; place today's municipalities;
 * type every municipality of every year; sum the years onto today's map and type those; account
 * for every inhabitant; check how well the typology holds up; say how sure each type is; describe
 * the dataset; return the output files. Throws an InputError on
 * the first bad input and writes nothing (writing is the caller's, all at once).
 */
export async function runPipeline(inputs: PipelineInputs): Promise<PipelineResult> {
  const read = await readInputs(inputs);
  const border = await naturalEarthBorder();
  const today = todaysMap(read, border);
  const placed = boundaryYears(read, today, border);
  const years = read.statistics.map((statistics) => typeYear(statistics, read, today, placed));
  const drafts = sumOntoToday(today, years, read.aliases);
  const report = countInhabitants(years, drafts);
  const { check, alternatives } = checkTypology(read, years, drafts);
  const { municipalities, former, certainty } = assessCertainty(read, years, drafts, alternatives);
  const meta = describeDataset(read, today, years, report, { municipalities, former }, { ...check, certainty });
  return outputFiles(municipalities, former, meta, today);
}
