import type { Municipality } from '../figures/dataset-schema.ts';
import { inYear } from '../figures/in-year.ts';
import { formatIndex } from '../words/format.ts';
import { listOf } from '../words/words.ts';
import { NAMED_BY_WORDS } from './named-by.ts';
import { changedBeyondPrecision, typesWithinPrecision } from './type-change.ts';
import { TYPES, type TypeSlug } from './wrr-types.ts';

/** How a municipality's type changed over the statistics years. */

/** A stretch of consecutive years with the same type. */
export interface TypeRun {
  type: TypeSlug;
  years: number[];
}

/**
 * The types by this site's rules year by year, consecutive years of the same type taken together.
 * The rules, not the shown type: the WRR names types only for its own year, so comparing shown
 * types would count a difference in method as a change.
 */
export function typeRuns(m: Municipality, years: readonly number[]): TypeRun[] {
  const runs: TypeRun[] = [];
  for (const year of years) {
    const type = inYear(m, year).typing.derived;
    const last = runs.at(-1);
    if (last?.type === type) last.years.push(year);
    else runs.push({ type, years: [year] });
  }
  return runs;
}

/**
 * What changed, in one or two Dutch sentences: "Diemen ging van voorstad (2015 en 2017) naar
 * meerderheid-minderhedenstad (2022)." and how the diversity index moved.
 */
export function changeSentence(m: Municipality, years: readonly number[]): string {
  return `${typeChange(m, years)} ${diversityChange(m, years)}`;
}

/** The type part of the sentence; it says "volgens de regels" where a source names another type. */
function typeChange(m: Municipality, years: readonly number[]): string {
  const runs = typeRuns(m, years);
  const typeName = (type: TypeSlug) => TYPES[type].singular.toLowerCase();
  const named = (run: TypeRun) => `${typeName(run.type)} (${listOf(run.years)})`;
  const namedOtherwise = years.filter((y) => inYear(m, y).typing.type !== inYear(m, y).typing.derived);
  // Dutch puts the verb second: "Diemen ging …" but "Volgens de regels … ging Diemen …".
  const clause = (verb: string, rest: string) =>
    namedOtherwise.length > 0
      ? `Volgens de regels van deze site ${verb} ${m.name} ${rest}.`
      : `${m.name} ${verb} ${rest}.`;
  // The table beside the sentence shows the named type for its year: say so, or they seem to disagree.
  const wrr = namedOtherwise
    .map((y) => {
      const { type, namedBy } = inYear(m, y).typing;
      return ` Voor ${y} toont deze pagina het type dat ${NAMED_BY_WORDS[namedBy!].name} noemt: ${typeName(type)}.`;
    })
    .join('');
  const within = withinRounding(m, runs);
  if (runs.length > 1 && within.length === runs.length - 1) {
    const listed = `achtereenvolgens ${listOf(runs.map((run) => `${typeName(run.type)} (${listOf(run.years)})`))}`;
    return `${clause('was', listed)} ${withinSentence(within)}${wrr}`;
  }
  if (runs.length > 1) {
    const note = within.length > 0 ? ` ${withinSentence(within)}` : '';
    return `${clause('ging', `van ${runs.slice(0, -1).map(named).join(' via ')} naar ${named(runs.at(-1)!)}`)}${note}${wrr}`;
  }
  const when = years.length === 1 ? `in ${years[0]}` : `in ${listOf(years)} steeds`;
  return `${clause('is', `${when} een ${typeName(runs[0]!.type)}`)}${wrr}`;
}

/** The pairs of years where one run follows another only within the rounding of either year's figures. */
function withinRounding(m: Municipality, runs: readonly TypeRun[]): [number, number][] {
  const possible = (year: number) => {
    const { derived, openTo } = inYear(m, year).typing;
    return typesWithinPrecision(derived, derived, openTo.rounding);
  };
  return runs.slice(1).flatMap((run, k): [number, number][] => {
    const [from, to] = [runs[k]!.years.at(-1)!, run.years[0]!];
    return changedBeyondPrecision(possible(from), possible(to)) ? [] : [[from, to]];
  });
}

/** "Het verschil tussen 2015 en 2017 valt binnen de afronding …": why such a difference is no change. */
function withinSentence(pairs: readonly [number, number][]): string {
  const between = listOf(pairs.map(([a, b]) => `tussen ${a} en ${b}`));
  return pairs.length === 1
    ? `Het verschil ${between} valt binnen de afronding van de cijfers en telt daarom niet als verandering.`
    : `De verschillen ${between} vallen binnen de afronding van de cijfers en tellen daarom niet als verandering.`;
}

/** How the diversity index moved from the first year to the last, and any year between that went its own way. */
function diversityChange(m: Municipality, years: readonly number[]): string {
  const value = (year: number) => inYear(m, year).figures.diversity;
  const index = (year: number) => formatIndex(value(year));
  const [first, last] = [years[0]!, years.at(-1)!];
  if (first === last) return `De diversiteitsindex is ${index(last)}.`;
  const between = years.slice(1, -1);
  if (years.every((y) => index(y) === index(last))) {
    return `De diversiteitsindex bleef ${index(last)} (${listOf(years)}).`;
  }
  if (index(first) === index(last)) {
    const aside = listOf(between.map((y) => `${index(y)} in ${y}`));
    return `De diversiteitsindex was in ${first} en ${last} ${index(last)} (${aside}).`;
  }
  // A year between is named only where the index left the range from first to last (a dip or a peak).
  const [low, high] = [Math.min(value(first), value(last)), Math.max(value(first), value(last))];
  const outside = between.filter(
    (y) => (value(y) < low || value(y) > high) && index(y) !== index(first) && index(y) !== index(last),
  );
  const via = outside.map((y) => ` via ${index(y)} in ${y}`).join('');
  const verb = value(last) > value(first) ? 'steeg' : 'daalde';
  return `De diversiteitsindex ${verb} van ${index(first)} in ${first}${via} naar ${index(last)} in ${last}.`;
}
