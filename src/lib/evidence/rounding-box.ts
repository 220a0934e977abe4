import type { Linear, Domain } from './linear-region.ts';
import { CLASSIC_GROUPS, type ClassifierContext, type MetricId } from '../typology/metrics.ts';
import { NON_WESTERN_GROUPS, type GroupValues, type NonWesternGroup } from '../figures/migration-groups.ts';

/**
 * The figures a municipality may truly have had when CBS published them in whole percents, as
 * linear algebra for the certainty test (certainty.ts). Per municipality as published (a "part";
 * one of today's municipalities may be the sum of several): the Western share and the five
 * non-Western groups are each within half a point of the published figure and between 0 and 1;
 * the five groups add up exactly to the non-Western share, which is itself within half a point of
 * its published figure; Western and non-Western together are at most everyone; the Dutch share is
 * what they leave. Shares are counted in millionths (SCALE), so that the last decimal the
 * classifier measures (see measure()) is one unit.
 */

/** One of everyone, in the units of the box: a share of 1 is a million. */
export const SCALE = 1_000_000;
/** The figures of one part that vary: Western, then the five non-Western groups. */
const VARIED = ['western', ...NON_WESTERN_GROUPS] as const;

/** A municipality as published: its inhabitants and its whole-percent shares (0–1). */
export interface PublishedPart {
  inhabitants: number;
  shares: GroupValues;
}

/** The box, and every share of the municipality as a whole as a linear expression over it. */
export interface RoundingBox {
  domain: Domain;
  /** Western, non-Western, the five groups and Dutch of the whole, in millionths. */
  share: Record<'western' | 'nonWestern' | 'dutch' | NonWesternGroup, Linear>;
  /** The lowest the non-Western share of the whole can be, in millionths. */
  lowestNonWestern: number;
  /** The shares (0–1) of the whole at a point of the box. */
  sharesAt(point: readonly number[]): GroupValues;
  /**
   * Bounds (0–1) that a share measurement cannot leave anywhere in the box, perhaps wider than it
   * reaches; undefined for a measurement that is not a share of everyone.
   */
  rangeOf(metric: MetricId): readonly [number, number] | undefined;
}

/** The box of figures that round to the published ones, each at most `half` (a share) off. */
export function roundingBox(parts: readonly PublishedPart[], half: number): RoundingBox {
  const size = parts.length * VARIED.length;
  const total = parts.reduce((sum, p) => sum + p.inhabitants, 0);
  const index = (part: number, key: (typeof VARIED)[number]) => part * VARIED.length + VARIED.indexOf(key);
  const sumOf = (keys: readonly (typeof VARIED)[number][], weight: (part: number) => number): Linear => {
    const coefficients = new Array<number>(size).fill(0);
    parts.forEach((_, k) => keys.forEach((key) => (coefficients[index(k, key)] = weight(k))));
    return { coefficients, constant: 0 };
  };
  const within = (value: number) => [Math.max(0, value - half) * SCALE, Math.min(1, value + half) * SCALE] as const;
  const lower = parts.flatMap((p) => VARIED.map((key) => within(p.shares[key])[0]));
  const upper = parts.flatMap((p) => VARIED.map((key) => within(p.shares[key])[1]));
  const rows = parts.flatMap((p, k) => {
    const own = (keys: readonly (typeof VARIED)[number][]) => sumOf(keys, (j) => (j === k ? 1 : 0));
    const [low, high] = within(p.shares.nonWestern);
    const groups = own(NON_WESTERN_GROUPS);
    const everyone = own(VARIED);
    return [
      { coefficients: groups.coefficients, constant: -low },
      { coefficients: groups.coefficients.map((c) => -c), constant: high },
      { coefficients: everyone.coefficients.map((c) => -c), constant: SCALE },
    ];
  });
  const weight = (k: number) => parts[k]!.inhabitants / total;
  const share = {
    ...(Object.fromEntries(VARIED.map((key) => [key, sumOf([key], weight)])) as Record<
      (typeof VARIED)[number],
      Linear
    >),
    nonWestern: sumOf(NON_WESTERN_GROUPS, weight),
    dutch: { coefficients: sumOf(VARIED, weight).coefficients.map((c) => -c), constant: SCALE },
  };
  const lowestNonWestern = parts.reduce((sum, p, k) => sum + weight(k) * within(p.shares.nonWestern)[0], 0);
  const sharesAt = (point: readonly number[]): GroupValues => {
    const at = (e: Linear) => (e.constant + e.coefficients.reduce((sum, c, i) => sum + c * point[i]!, 0)) / SCALE;
    return Object.fromEntries(Object.entries(share).map(([key, e]) => [key, at(e)])) as GroupValues;
  };
  const ends = parts.map((p, k) => partRanges(p, lower.slice(k * VARIED.length), upper.slice(k * VARIED.length), half));
  const rangeOf = (metric: MetricId) => {
    if (metric !== 'western' && metric !== 'nonWestern' && metric !== 'otherNonWestern' && metric !== 'dutch') return;
    const end = (i: 0 | 1) => ends.reduce((sum, e, k) => sum + weight(k) * e[metric][i], 0) / SCALE;
    return [end(0), end(1)] as const;
  };
  return { domain: { lower, upper, rows }, share, lowestNonWestern, sharesAt, rangeOf };
}

/**
 * Bounds of one part's share measurements, in millionths, from its box (`lower` and `upper` from
 * its first figure on): each figure within its interval, the non-Western share also within the
 * sum of its groups'; Dutch what the widest and narrowest of those leave.
 */
function partRanges(p: PublishedPart, lower: readonly number[], upper: readonly number[], half: number) {
  const at = (key: (typeof VARIED)[number]) => [lower[VARIED.indexOf(key)]!, upper[VARIED.indexOf(key)]!] as const;
  const groups = NON_WESTERN_GROUPS.map(at);
  const nonWestern = [
    Math.max(
      Math.max(0, p.shares.nonWestern - half) * SCALE,
      groups.reduce((sum, g) => sum + g[0], 0),
    ),
    Math.min(
      Math.min(1, p.shares.nonWestern + half) * SCALE,
      groups.reduce((sum, g) => sum + g[1], 0),
    ),
  ] as const;
  const western = at('western');
  const dutch = [SCALE - western[1] - nonWestern[1], SCALE - western[0] - nonWestern[0]] as const;
  return { western, nonWestern, otherNonWestern: at('otherNonWestern'), dutch };
}

/** a + b·factor, term by term. */
export function combine(a: Linear, b: Linear, factor = 1): Linear {
  return {
    coefficients: a.coefficients.map((c, i) => c + factor * b.coefficients[i]!),
    constant: a.constant + factor * b.constant,
  };
}

/** −e. */
export function negated(e: Linear): Linear {
  return { coefficients: e.coefficients.map((c) => -c), constant: -e.constant };
}

/** A constant as a linear expression over `size` variables. */
export function constant(value: number, size: number): Linear {
  return { coefficients: new Array<number>(size).fill(0), constant: value };
}

/**
 * Which way the share of non-Western inhabitants enters the Western ratio: as itself, or at its
 * floor of one in a thousand (measure() divides by at least that).
 */
export type RatioRegime = 'share' | 'floor';

/** The non-Western floor of the Western ratio, in millionths. */
export const RATIO_FLOOR = 0.001 * SCALE;

/**
 * A measurement that varies with the shares as a fraction of two linear expressions (the
 * denominator positive), given which classic group is the most over-represented and how the
 * Western ratio divides. Fixed measurements (inhabitants, border, big city) are not fractions.
 */
export function fractionOf(
  box: RoundingBox,
  metric: MetricId,
  context: ClassifierContext,
  top: NonWesternGroup,
  regime: RatioRegime,
): { numerator: Linear; denominator: Linear } {
  const { share } = box;
  const size = share.western.coefficients.length;
  const ofEveryone = (numerator: Linear) => ({ numerator, denominator: constant(SCALE, size) });
  const national = context.nationalShares[top];
  switch (metric) {
    case 'dutch':
    case 'western':
    case 'nonWestern':
    case 'otherNonWestern':
      return ofEveryone(share[metric]);
    case 'groupShare':
      return ofEveryone(share[top]);
    case 'groupRatio':
      // measure(): a group without national members has ratio 0.
      return national > 0
        ? { numerator: share[top], denominator: constant(national * SCALE, size) }
        : { numerator: constant(0, size), denominator: constant(1, size) };
    case 'classicShare':
      return {
        numerator: combine(share.nonWestern, share.otherNonWestern, -1),
        denominator: combine(share.western, share.nonWestern),
      };
    case 'westernRatio':
      return {
        numerator: share.western,
        denominator: regime === 'share' ? share.nonWestern : constant(RATIO_FLOOR, size),
      };
    default:
      throw new Error(`${metric} is a fixed fact, not a share`);
  }
}

/**
 * The conditions under which `top` is the classic group measure() picks: its ratio to the national
 * share above that of every group before it, and at least that of every group after it.
 */
export function topGroupConditions(
  box: RoundingBox,
  context: ClassifierContext,
  top: NonWesternGroup,
): { expression: Linear; strict: boolean }[] {
  const size = box.share.western.coefficients.length;
  const ratio = (g: NonWesternGroup): Linear => {
    const national = context.nationalShares[g];
    return national > 0
      ? { coefficients: box.share[g].coefficients.map((c) => c / national), constant: 0 }
      : constant(0, size);
  };
  const position = CLASSIC_GROUPS.indexOf(top as (typeof CLASSIC_GROUPS)[number]);
  return CLASSIC_GROUPS.flatMap((g, i) =>
    g === top ? [] : [{ expression: combine(ratio(top), ratio(g), -1), strict: i < position }],
  );
}
