import type { Municipality } from '../figures/dataset-schema.ts';
import { inYear } from '../figures/in-year.ts';
import { addCounts, sharesOf, type GroupValues } from '../figures/migration-groups.ts';
import { TYPE_SLUGS, type TypeSlug } from './wrr-types.ts';

/** The municipalities of one type in one year (by the type shown). */
export function ofType(municipalities: readonly Municipality[], type: TypeSlug, year: number): Municipality[] {
  return municipalities.filter((m) => inYear(m, year).typing.type === type);
}

/** How often each type occurs in a list of types (every type listed, with 0 where absent). */
export function countPerType(types: readonly TypeSlug[]): Record<TypeSlug, number> {
  const counts = Object.fromEntries(TYPE_SLUGS.map((t) => [t, 0])) as Record<TypeSlug, number>;
  for (const type of types) counts[type] += 1;
  return counts;
}

/** How many municipalities each type has in one year. */
export function countByType(municipalities: readonly Municipality[], year: number): Record<TypeSlug, number> {
  return countPerType(municipalities.map((m) => inYear(m, year).typing.type));
}

/**
 * The composition of each type as a whole: all its inhabitants together, so that large
 * municipalities weigh as much as the people living there.
 */
export function typeProfiles(municipalities: readonly Municipality[], year: number): Record<TypeSlug, GroupValues> {
  return Object.fromEntries(
    TYPE_SLUGS.map((t) => {
      const members = ofType(municipalities, t, year).map((m) => inYear(m, year).figures);
      const inhabitants = members.reduce((sum, f) => sum + f.inhabitants, 0);
      return [t, sharesOf(addCounts(members.map((f) => f.counts)), inhabitants)];
    }),
  ) as Record<TypeSlug, GroupValues>;
}

/**
 * The municipalities that border Amsterdam, Rotterdam or The Hague but that the rules give another
 * type than "voorstad" in a year: bordering a big city is one test of that type, not the whole of it.
 */
export function bigCityNeighboursOfOtherType(municipalities: readonly Municipality[], year: number): Municipality[] {
  return municipalities.filter(
    (m) => m.geography.bigCityNeighbours.length > 0 && inYear(m, year).typing.derived !== 'voorstad',
  );
}
