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

/**
 * The types by this site's rules year by year, consecutive years of the same type taken together.
 * The rules, not the shown type: the WRR names types only for its own year, so comparing shown
 * types would count a difference in method as a change.
 */
export function typeRuns(m: Municipality, years: readonly string[]): TypeRun[] {
  const runs: TypeRun[] = [];
  for (const year of years) {
    const type = m.years[year]!.typing.derived;
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
  return `${typeChange(m, years)} ${diversityChange(m, years)}`;
}

/** The type part of the sentence; it says "volgens de regels" where the WRR names another type. */
function typeChange(m: Municipality, years: readonly string[]): string {
  const runs = typeRuns(m, years);
  const typeName = (type: TypeSlug) => TYPES[type].singular.toLowerCase();
  const named = (run: TypeRun) => `${typeName(run.type)} (${run.years.join(', ')})`;
  const byRules = years.some((y) => m.years[y]!.typing.type !== m.years[y]!.typing.derived);
  // Dutch puts the verb second: "Diemen ging …" but "Volgens de regels … ging Diemen …".
  const clause = (verb: string, rest: string) =>
    byRules ? `Volgens de regels van deze site ${verb} ${m.name} ${rest}.` : `${m.name} ${verb} ${rest}.`;
  if (runs.length > 1)
    return clause('ging', `van ${runs.slice(0, -1).map(named).join(' via ')} naar ${named(runs.at(-1)!)}`);
  const when = years.length === 1 ? `in ${years[0]}` : `in ${listOf(years)} steeds`;
  return clause('is', `${when} een ${typeName(runs[0]!.type)}`);
}

/** How the diversity index moved from the first year to the last. */
function diversityChange(m: Municipality, years: readonly string[]): string {
  const [first, last] = [years[0]!, years.at(-1)!];
  const [from, to] = [m.years[first]!.figures.diversity, m.years[last]!.figures.diversity];
  if (first === last) return `De diversiteitsindex is ${formatIndex(to)}.`;
  if (formatIndex(to) === formatIndex(from))
    return `De diversiteitsindex bleef ${formatIndex(to)} (${first} en ${last}).`;
  const verb = to > from ? 'steeg' : 'daalde';
  return `De diversiteitsindex ${verb} van ${formatIndex(from)} in ${first} naar ${formatIndex(to)} in ${last}.`;
}
