import { namedByIn, typeLine, type MapMunicipality } from './map-summary.ts';
import { DERIVED_WORDS } from './named-by.ts';

/**
 * What follows a chosen municipality's name above the map, with where its type comes from:
 * ": gemiddelde gemeente met de cijfers van 2015, afgeleid met de regels van deze site."
 */
export function chosenLine(m: MapMunicipality, yearIndex: number, year: number): string {
  const line = typeLine(m, yearIndex);
  // A type a source names says so in its line; one from this site's rules does not yet.
  const source = namedByIn(m, yearIndex) ? '' : `, ${DERIVED_WORDS}`;
  return `: ${line.charAt(0).toLowerCase()}${line.slice(1)} met de cijfers van ${year}${source}.`;
}
