import { roundTo } from './round.ts';

/**
 * The groups of CBS's origin classification from 2023 on ("herkomstland"): every inhabitant by
 * the country of origin, which is the own country of birth for someone born abroad and otherwise
 * the parents' (the mother's first), grouped as the Netherlands, Europe without the Netherlands
 * and outside Europe; the last two split by born in the Netherlands or abroad. Turkey, Morocco,
 * Suriname, the Dutch Caribbean and Indonesia count as outside Europe. Keys are the field names
 * used everywhere; the earlier Western/non-Western groups are in migration-groups.ts.
 */

/** The three groups, which together make up all inhabitants, in display order. */
export const ORIGIN_GROUPS = ['netherlands', 'europe', 'outsideEurope'] as const;

/** The two groups from abroad, each split by where its people were born. */
export const ORIGIN_PARTS = [
  'europeBornHere',
  'europeBornAbroad',
  'outsideEuropeBornHere',
  'outsideEuropeBornAbroad',
] as const;

/** Every figure kept of this classification: the three groups and their parts. */
export const ORIGIN_FIGURES = [...ORIGIN_GROUPS, ...ORIGIN_PARTS] as const;

/** One of the three herkomstland groups. */
export type OriginGroup = (typeof ORIGIN_GROUPS)[number];
/** Any herkomstland figure kept: a group or one of its parts. */
export type OriginFigure = (typeof ORIGIN_FIGURES)[number];

/** Numbers of inhabitants (or shares of them) per figure. */
export type OriginValues = Record<OriginFigure, number>;

/** Each group from abroad with its part born in the Netherlands and its part born abroad. */
export const ORIGIN_SPLIT = {
  europe: { bornHere: 'europeBornHere', bornAbroad: 'europeBornAbroad' },
  outsideEurope: { bornHere: 'outsideEuropeBornHere', bornAbroad: 'outsideEuropeBornAbroad' },
} as const satisfies Partial<Record<OriginGroup, { bornHere: OriginFigure; bornAbroad: OriginFigure }>>;

/** Short Dutch labels for tables, charts and column headers. */
export const ORIGIN_LABELS: Record<OriginFigure, string> = {
  netherlands: 'Nederland',
  europe: 'Europa zonder Nederland',
  outsideEurope: 'Buiten Europa',
  europeBornHere: 'Europa, in Nederland geboren',
  europeBornAbroad: 'Europa, in het buitenland geboren',
  outsideEuropeBornHere: 'Buiten Europa, in Nederland geboren',
  outsideEuropeBornAbroad: 'Buiten Europa, in het buitenland geboren',
};

/** What each figure counts, after "inwoners met" ("inwoners met herkomstland buiten Europa"). */
export const ORIGIN_PHRASES: Record<OriginFigure, string> = {
  netherlands: 'herkomstland Nederland',
  europe: 'een herkomstland in Europa buiten Nederland',
  outsideEurope: 'een herkomstland buiten Europa',
  europeBornHere: 'een herkomstland in Europa buiten Nederland, zelf in Nederland geboren',
  europeBornAbroad: 'een herkomstland in Europa buiten Nederland, zelf in het buitenland geboren',
  outsideEuropeBornHere: 'een herkomstland buiten Europa, zelf in Nederland geboren',
  outsideEuropeBornAbroad: 'een herkomstland buiten Europa, zelf in het buitenland geboren',
};

/** Shares (0–1, six decimals) of each figure in a set of counts. */
export function originSharesOf(counts: OriginValues, inhabitants: number): OriginValues {
  const share = (n: number) => (inhabitants > 0 ? roundTo(n / inhabitants, 6) : 0);
  return Object.fromEntries(ORIGIN_FIGURES.map((key) => [key, share(counts[key])])) as OriginValues;
}

/** Adds up counts (for municipalities that merged into one). */
export function addOriginCounts(parts: readonly OriginValues[]): OriginValues {
  return Object.fromEntries(
    ORIGIN_FIGURES.map((key) => [key, parts.reduce((sum, part) => sum + part[key], 0)]),
  ) as OriginValues;
}

/** The share born abroad: the two groups from abroad's parts born outside the Netherlands. */
export function bornAbroad(values: OriginValues): number {
  return values.europeBornAbroad + values.outsideEuropeBornAbroad;
}
