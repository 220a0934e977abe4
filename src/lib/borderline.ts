import type { Municipality, Typing } from './dataset.ts';
import { compareNames } from './names.ts';

/**
 * Whether a type is a borderline case ("grensgeval"): a change of at most one step in the figures
 * (one percentage point, a quarter of a ratio, 10,000 inhabitants, one kilometre) gives another type.
 */
export function isBorderline(typing: Pick<Typing, 'margin'>): boolean {
  return typing.margin <= 1;
}

/**
 * The municipalities whose type in one year came closest to another type, closest first: at least
 * `count`, and every one tied with the last, so that no equal case is left out by its name.
 */
export function closestCalls(
  all: readonly Municipality[],
  year: string,
  count: number,
): { municipality: Municipality; typing: Typing }[] {
  const sorted = all
    .map((municipality) => ({ municipality, typing: municipality.years[year]!.typing }))
    .sort((a, b) => a.typing.margin - b.typing.margin || compareNames(a.municipality.name, b.municipality.name));
  const last = sorted[count - 1]?.typing.margin ?? Infinity;
  return sorted.filter((c, i) => i < count || c.typing.margin === last);
}
