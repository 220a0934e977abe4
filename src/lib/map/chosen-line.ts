import { certaintyLines, namedByIn, shownTypeLine, type MapMunicipality } from './map-summary.ts';
import type { TypeSlug } from '../typology/wrr-types.ts';
import { DERIVED_WORDS } from '../typology/named-by.ts';
import { midSentence } from '../words/words.ts';

/**
 * What follows a chosen municipality's name above the map, with where its type comes from and how
 * sure it is: ": gemiddelde gemeente met de cijfers van 2015, afgeleid met de regels van deze site.
 * Twijfelgeval: met deze cijfers kan Tiel ook een tuinbouwgemeente zijn."
 */
export function chosenLine(
  m: MapMunicipality,
  yearIndex: number,
  year: number,
  weak: readonly TypeSlug[] = [],
): string {
  const line = shownTypeLine(m, yearIndex);
  // A type a source names says so after its name; one from this site's rules at the end.
  const derived = namedByIn(m, yearIndex) ? '' : `, ${DERIVED_WORDS}`;
  const sure = certaintyLines(m, yearIndex, weak).map((line) => ` ${line}`);
  return `: ${midSentence(line)} met de cijfers van ${year}${derived}.${sure.join('')}`;
}
