import { ORIGIN_LABELS, ORIGIN_SPLIT, type OriginValues } from './origin-groups.ts';
import { listOf } from '../words/words.ts';

/**
 * What the site says about CBS's herkomstland classification wherever it shows it: why the type
 * shown is that of the last year with the earlier groups, and why the new figures cannot be read
 * line for line beside the old ones. In Dutch, in the site's own words.
 */

/**
 * Why the newest type the site gives is that of `typedYear`: "Het nieuwste type op deze site is dat
 * van 2022. De regels waarmee deze site …". Empty where no newer year has figures.
 */
export function whyTypeYear(typedYear: number, originYears: readonly number[]): string {
  const newer = originYears.filter((y) => y > typedYear);
  if (newer.length === 0) return '';
  return (
    `Het nieuwste type op deze site is dat van ${typedYear}. De regels waarmee deze site de typen van de WRR afleidt, ` +
    `rusten op de indeling naar westerse en niet-westerse migratieachtergrond, en die gebruikt CBS vanaf ${newer[0]} ` +
    `niet meer; voor ${listOf(newer)} is er daarom geen type.`
  );
}

/**
 * One plain sentence: why herkomstland figures have no type and cannot be compared line for line
 * with the earlier Western/non-Western ones.
 */
export const NOT_COMPARABLE =
  'Deze cijfers hebben geen type en zijn niet regel voor regel te vergelijken met eerdere jaren: de regels waarmee deze ' +
  'site de typen van de WRR afleidt, rusten op de westerse en niet-westerse migratieachtergrond, en nu telt wie in het buitenland is geboren naar het ' +
  'eigen geboorteland en horen onder meer Turkije, Marokko en Suriname bij buiten Europa.';

/** The heading of the method page's section on the herkomstland classification, from its first year. */
export function originHeading(firstYear: number): string {
  return `Vanaf ${firstYear}: herkomstland in plaats van migratieachtergrond`;
}

/** One row of a composition: a label, how deep it is indented (a part under its group) and its value. */
export interface OriginRowSpec {
  label: string;
  part: boolean;
  value: (shares: OriginValues) => number;
}

/** The rows in which the site shows a herkomstland composition: each group and its two parts. */
export const ORIGIN_ROWS: readonly OriginRowSpec[] = [
  { label: ORIGIN_LABELS.netherlands, part: false, value: (s) => s.netherlands },
  ...(['europe', 'outsideEurope'] as const).flatMap((group): OriginRowSpec[] => [
    { label: ORIGIN_LABELS[group], part: false, value: (s) => s[group] },
    { label: 'in Nederland geboren', part: true, value: (s) => s[ORIGIN_SPLIT[group].bornHere] },
    { label: 'in het buitenland geboren', part: true, value: (s) => s[ORIGIN_SPLIT[group].bornAbroad] },
  ]),
];
