import { formatRoundShare } from '../words/format.ts';
import type { MapMunicipality } from './map-summary.ts';

/**
 * How the map shows a year in CBS's herkomstland classification: no type, but the share of
 * inhabitants from outside Europe in five classes of one purple hue, light to dark. The type
 * colours are distinct hues of equal weight, so a graded single hue cannot be taken for a type;
 * the legend and its note say what the colours mean.
 */

/** One class of the share from outside Europe: its upper bound (exclusive; the last has none) and colour. */
export interface OriginClass {
  below: number | null;
  colour: string;
  label: string;
}

/** The five classes of the share from outside Europe, in ColorBrewer's sequential "Purples" (Brewer, colorbrewer2.org), light to dark. */
export const ORIGIN_CLASSES: readonly OriginClass[] = [
  { below: 0.05, colour: '#f2f0f7', label: 'minder dan 5%' },
  { below: 0.1, colour: '#cbc9e2', label: '5% tot 10%' },
  { below: 0.15, colour: '#9e9ac8', label: '10% tot 15%' },
  { below: 0.25, colour: '#756bb1', label: '15% tot 25%' },
  { below: null, colour: '#54278f', label: '25% of meer' },
];

/** The class a share falls in. */
export function originClass(share: number): OriginClass {
  return ORIGIN_CLASSES.find((c) => c.below === null || share < c.below)!;
}

/** The share from outside Europe in the herkomstland year at `index`. */
export function outsideEuropeIn(m: MapMunicipality, index: number): number {
  return m.outsideEurope![index]!;
}

/** A label and tooltip line: "42% met een herkomstland buiten Europa (2023, geen type)". */
export function originLine(m: MapMunicipality, index: number, year: number): string {
  return `${formatRoundShare(outsideEuropeIn(m, index))} met een herkomstland buiten Europa (${year}, geen type)`;
}
