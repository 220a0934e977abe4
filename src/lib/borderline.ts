import type { Municipality, Typing } from './dataset.ts';
import { compareNames } from './names.ts';

/**
 * Whether a type is a borderline case ("grensgeval"): a change of at most one step in the figures
 * (one percentage point, a quarter of a ratio, 10,000 inhabitants, one kilometre) gives another type.
 */
export function isBorderline(typing: Pick<Typing, 'margin'>): boolean {
  return typing.margin <= 1;
}

/** The municipalities whose type in one year came closest to another type, closest first. */
export function closestCalls(
  all: readonly Municipality[],
  year: string,
  count: number,
): { municipality: Municipality; typing: Typing }[] {
  return all
    .map((municipality) => ({ municipality, typing: municipality.years[year]!.typing }))
    .sort((a, b) => a.typing.margin - b.typing.margin || compareNames(a.municipality.name, b.municipality.name))
    .slice(0, count);
}
