import { firstHolding, passes } from './classify.ts';
import { CLASSIC_GROUPS, measure, type ClassifierContext, type ClassifierInput, type MetricId } from './metrics.ts';
import { NON_WESTERN_GROUPS, type GroupFigure, type NonWesternGroup } from './migration-groups.ts';
import type { Condition, Rule } from './rules.ts';
import { HALF_POINT } from './whole-percents.ts';
import type { TypeSlug } from './wrr-types.ts';

/**
 * How sure a type by the rules is. A type is open when it changes (a) somewhere within the
 * precision of the published figures, or (b) under another rule set that fits the named
 * municipalities about as well; otherwise it is settled. Fixed facts (the border distance,
 * bordering a big city, the number of inhabitants) are never varied, so they never open a type.
 */

/** The published figures that carry a rounding: Western, non-Western and the five non-Western groups. */
const VARIED = ['western', 'nonWestern', ...NON_WESTERN_GROUPS] as const satisfies readonly GroupFigure[];
type Varied = (typeof VARIED)[number];
type Box = Record<Varied, [low: number, high: number]>;

/** The types other than `type` that any of the rule sets gives these measurements, in rule order. */
export function typesUnderOtherRules(
  measurements: Parameters<typeof firstHolding>[0],
  type: TypeSlug,
  ruleSets: readonly (readonly Rule[])[],
): TypeSlug[] {
  const found = new Set(ruleSets.map((rules) => firstHolding(measurements, rules)));
  found.delete(type);
  return orderOf(found, ruleSets[0]);
}

/**
 * The types other than `type` that the rules give somewhere in the box of figures that round to
 * the published whole percentages (each share at most `half` off). First the bounds of every
 * measurement over the box tell which types are possible at all; then a grid over the box (each
 * share at its lowest, published and highest value) looks for a point of each possible type, and
 * only types found at such a point count.
 */
export function typesWithinRounding(
  input: ClassifierInput,
  context: ClassifierContext,
  rules: readonly Rule[],
  type: TypeSlug,
  half = HALF_POINT,
): TypeSlug[] {
  const box = Object.fromEntries(
    VARIED.map((key) => [key, [Math.max(0, input.shares[key] - half), input.shares[key] + half]]),
  ) as Box;
  const possible = possibleTypes(bounds(box, input, context), rules).filter((t) => t !== type);
  if (possible.length === 0) return [];
  const found = new Set<TypeSlug>();
  for (const point of gridPoints(box, input.shares)) {
    const dutch = 1 - point.western - point.nonWestern;
    const shares = { ...input.shares, ...point, dutch };
    found.add(firstHolding(measure({ ...input, shares }, context), rules));
    if (possible.every((t) => found.has(t))) break;
  }
  return possible.filter((t) => found.has(t));
}

/** The lowest and highest value every measurement takes over the box (each moves one way with each share). */
function bounds(box: Box, input: ClassifierInput, context: ClassifierContext): Record<MetricId, [number, number]> {
  const [w, n, o] = [box.western, box.nonWestern, box.otherNonWestern];
  const classic = CLASSIC_GROUPS.reduce<[number, number]>((sum, g) => [sum[0] + box[g][0], sum[1] + box[g][1]], [0, 0]);
  const ratio = (g: NonWesternGroup, end: 0 | 1) =>
    context.nationalShares[g] > 0 ? box[g][end] / context.nationalShares[g] : 0;
  const lowestTop = Math.max(...CLASSIC_GROUPS.map((g) => ratio(g, 0)));
  // The over-represented group can be any whose ratio can reach the lowest the top ratio can be.
  const contenders = CLASSIC_GROUPS.filter((g) => ratio(g, 1) >= lowestTop);
  const fixed = (value: number): [number, number] => [value, value];
  return {
    dutch: [1 - w[1] - n[1], 1 - w[0] - n[0]],
    western: w,
    nonWestern: n,
    otherNonWestern: o,
    classicShare: [classic[0] / (w[1] + n[1]) || 0, w[0] + n[0] > 0 ? classic[1] / (w[0] + n[0]) : Infinity],
    westernRatio: [w[0] / Math.max(n[1], 0.001), w[1] / Math.max(n[0], 0.001)],
    groupRatio: [lowestTop, Math.max(...CLASSIC_GROUPS.map((g) => ratio(g, 1)))],
    groupShare: [Math.min(...contenders.map((g) => box[g][0])), Math.max(...contenders.map((g) => box[g][1]))],
    inhabitants: fixed(input.inhabitants),
    borderDistanceKm: fixed(input.borderDistanceKm),
    bordersBigCity: fixed(input.bigCityNeighbours.length > 0 ? 1 : 0),
  };
}

/**
 * The types the rules can give when each measurement may be anywhere within its bounds: every rule
 * that may hold, tried in order, up to the first that surely holds.
 */
function possibleTypes(range: Record<MetricId, [number, number]>, rules: readonly Rule[]): TypeSlug[] {
  const types: TypeSlug[] = [];
  for (const rule of rules) {
    const outcomes = rule.conditions.map((c) => outcomeOver(c, range[c.metric]));
    if (outcomes.includes('fails')) continue;
    types.push(rule.type);
    if (outcomes.every((o) => o === 'holds')) break;
  }
  return types;
}

/** Whether a condition holds at every value of a range, at none, or at some. */
function outcomeOver(c: Condition, [low, high]: [number, number]): 'holds' | 'fails' | 'maybe' {
  const atLow = passes(c.comparison, low, c.threshold);
  const atHigh = passes(c.comparison, high, c.threshold);
  if (atLow !== atHigh || (c.comparison === 'is' && low !== high)) return 'maybe';
  return atLow ? 'holds' : 'fails';
}

/** Every combination of each varied share at its lowest, published and highest value. */
function* gridPoints(box: Box, published: Record<GroupFigure, number>): Generator<Record<Varied, number>> {
  const levels = VARIED.map((key) => [...new Set([box[key][0], published[key], box[key][1]])]);
  const index = VARIED.map(() => 0);
  for (;;) {
    yield Object.fromEntries(VARIED.map((key, i) => [key, levels[i]![index[i]!]!])) as Record<Varied, number>;
    let i = 0;
    while (i < index.length && ++index[i]! === levels[i]!.length) index[i++] = 0;
    if (i === index.length) return;
  }
}

/** Types in the order of the rules (the WRR's presentation order where no rules are given). */
function orderOf(types: ReadonlySet<TypeSlug>, rules: readonly Rule[] | undefined): TypeSlug[] {
  return (rules ?? []).map((r) => r.type).filter((t) => types.has(t));
}
