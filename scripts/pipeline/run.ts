import { assessCertainty } from './assess-certainty.ts';
import { boundaryYears } from './boundary-years.ts';
import { checkTypology } from './check-typology.ts';
import { countInhabitants } from './count-inhabitants.ts';
import { describeDataset } from './describe-dataset.ts';
import { naturalEarthBorder } from './geography.ts';
import type { PipelineInputs } from './inputs.ts';
import { placeOriginYear } from './origin-year.ts';
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
  // A year's origin model decides what happens to it: types from the Western/non-Western groups, only figures from herkomstland.
  const years = read.statistics.flatMap((s) =>
    s.model === 'migratieachtergrond' ? [typeYear(s, read, today, placed)] : [],
  );
  const originYears = read.statistics.flatMap((s) =>
    s.model === 'herkomstland' ? [placeOriginYear(s, read, today, placed)] : [],
  );
  const drafts = sumOntoToday(today, years, originYears, read.aliases);
  const report = countInhabitants([...years, ...originYears], drafts);
  const { check, alternatives } = checkTypology(read, years, drafts);
  const { municipalities, former, certainty } = assessCertainty(read, years, drafts, alternatives);
  const meta = describeDataset(
    read,
    today,
    years,
    originYears,
    report,
    { municipalities, former },
    { ...check, certainty },
  );
  return outputFiles(
    municipalities,
    former,
    meta,
    today,
    originYears.flatMap((y) => y.placed),
  );
}
