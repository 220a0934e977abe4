import type { Municipality } from './dataset.ts';
import { formatIndex } from './format.ts';
import { listOf } from './words.ts';
import { TYPES, type TypeSlug } from './wrr-types.ts';

/** How a municipality's type changed over the statistics years. */

/** A stretch of consecutive years with the same type. */
export interface TypeRun {
  type: TypeSlug;
  years: string[];
}

/** The types of a municipality year by year, with consecutive years of the same type taken together. */
export function typeRuns(m: Municipality, years: readonly string[]): TypeRun[] {
  const runs: TypeRun[] = [];
  for (const year of years) {
    const type = m.years[year]!.typing.type;
    const last = runs.at(-1);
    if (last?.type === type) last.years.push(year);
    else runs.push({ type, years: [year] });
  }
  return runs;
}

/**
 * What changed, in one or two Dutch sentences: "Diemen ging van voorstad (2015, 2017) naar
 * meerderheid-minderhedenstad (2022)." and how the diversity index moved.
 */
export function changeSentence(m: Municipality, years: readonly string[]): string {
  const runs = typeRuns(m, years);
  const named = (run: TypeRun) => `${TYPES[run.type].singular.toLowerCase()} (${run.years.join(', ')})`;
  const types =
    runs.length === 1
      ? `${m.name} is in ${listOf(years)} steeds een ${TYPES[runs[0]!.type].singular.toLowerCase()}.`
      : `${m.name} ging van ${runs.slice(0, -1).map(named).join(' via ')} naar ${named(runs.at(-1)!)}.`;
  const [first, last] = [years[0]!, years.at(-1)!];
  const [from, to] = [m.years[first]!.figures.diversity, m.years[last]!.figures.diversity];
  const verb = formatIndex(to) === formatIndex(from) ? 'bleef' : to > from ? 'steeg van' : 'daalde van';
  const diversity =
    verb === 'bleef'
      ? `De diversiteitsindex bleef ${formatIndex(to)} (${first} en ${last}).`
      : `De diversiteitsindex ${verb} ${formatIndex(from)} in ${first} naar ${formatIndex(to)} in ${last}.`;
  return `${types} ${diversity}`;
}
