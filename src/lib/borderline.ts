import type { Municipality, Typing } from './dataset.ts';
import { compareNames } from './names.ts';

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
