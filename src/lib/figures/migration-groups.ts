import { roundTo } from './round.ts';

/**
 * The migration groups CBS published per municipality in every statistics year used here (the
 * Western/non-Western classification, replaced by a new one from 2023). Keys are the field names used everywhere.
 */

/** The five non-Western groups; together they make up the non-Western total. */
export const NON_WESTERN_GROUPS = ['moroccan', 'antillean', 'surinamese', 'turkish', 'otherNonWestern'] as const;

/** The seven mutually exclusive groups that add up to all inhabitants, in display order. */
export const MIGRATION_GROUPS = ['dutch', 'western', ...NON_WESTERN_GROUPS] as const;

/** Every migration figure we keep: the seven groups plus the non-Western total. */
export const GROUP_FIGURES = [...MIGRATION_GROUPS, 'nonWestern'] as const;

/** One of the five non-Western groups. */
export type NonWesternGroup = (typeof NON_WESTERN_GROUPS)[number];
/** One of the seven groups that add up to all inhabitants. */
export type MigrationGroup = (typeof MIGRATION_GROUPS)[number];
/** Any migration figure kept: a group or the non-Western total. */
export type GroupFigure = (typeof GROUP_FIGURES)[number];

/** Numbers of inhabitants (or shares of them) per migration figure. */
export type GroupValues = Record<GroupFigure, number>;

/** Short Dutch labels for charts and table headers. */
export const GROUP_LABELS: Record<GroupFigure, string> = {
  dutch: 'Nederlands',
  western: 'Westers',
  nonWestern: 'Niet-westers',
  moroccan: 'Marokkaans',
  antillean: 'Antilliaans/Arubaans',
  surinamese: 'Surinaams',
  turkish: 'Turks',
  otherNonWestern: 'Overig niet-westers',
};

/** Dutch adjectives for the four classic non-Western groups ("een Turkse achtergrond"). */
export const GROUP_ADJECTIVES: Record<NonWesternGroup, string> = {
  moroccan: 'Marokkaanse',
  antillean: 'Antilliaanse of Arubaanse',
  surinamese: 'Surinaamse',
  turkish: 'Turkse',
  otherNonWestern: 'overige niet-westerse',
};

/** What each origin figure counts, after "met een" ("met een Marokkaanse achtergrond"). */
export const GROUP_PHRASES: Record<GroupFigure, string> = {
  dutch: 'Nederlandse achtergrond',
  western: 'westerse migratieachtergrond',
  nonWestern: 'niet-westerse migratieachtergrond',
  ...(Object.fromEntries(NON_WESTERN_GROUPS.map((g) => [g, `${GROUP_ADJECTIVES[g]} achtergrond`])) as Record<
    NonWesternGroup,
    string
  >),
};

/** Shares (0–1, six decimals) of each origin figure in a set of counts. */
export function sharesOf(counts: GroupValues, inhabitants: number): GroupValues {
  const share = (n: number) => (inhabitants > 0 ? roundTo(n / inhabitants, 6) : 0);
  return Object.fromEntries(GROUP_FIGURES.map((key) => [key, share(counts[key])])) as GroupValues;
}

/**
 * This site's diversity index (no source defines one; see the method page's sources): the chance
 * that two random inhabitants belong to different groups, 1 − Σ sᵢ², over the seven groups CBS
 * publishes for every year with the Western/non-Western classification.
 */
export function diversityIndex(shares: GroupValues): number {
  return 1 - MIGRATION_GROUPS.reduce((sum, key) => sum + shares[key] ** 2, 0);
}

/** Adds up origin counts (for municipalities that merged into one). */
export function addCounts(parts: readonly GroupValues[]): GroupValues {
  return Object.fromEntries(
    GROUP_FIGURES.map((key) => [key, parts.reduce((sum, part) => sum + part[key], 0)]),
  ) as GroupValues;
}

/** Inhabitants, counts, shares and diversity index together; shares default to counts ÷ inhabitants. */
export function figuresOf(
  inhabitants: number,
  counts: GroupValues,
  shares: GroupValues = sharesOf(counts, inhabitants),
) {
  return { inhabitants, counts, shares, diversity: roundTo(diversityIndex(shares), 6) };
}
