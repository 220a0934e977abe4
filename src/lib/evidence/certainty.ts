import { firstHolding, passes } from '../typology/classify.ts';
import { deepestPoint, type Inequality, type Linear } from './linear-region.ts';
import {
  CLASSIC_GROUPS,
  measure,
  type ClassifierContext,
  type ClassifierInput,
  type Measurements,
  type MetricId,
} from '../typology/metrics.ts';
import type { NonWesternGroup } from '../figures/migration-groups.ts';
import {
  combine,
  constant,
  fractionOf,
  negated,
  RATIO_FLOOR,
  roundingBox,
  topGroupConditions,
  type PublishedPart,
  type RatioRegime,
  type RoundingBox,
} from './rounding-box.ts';
import type { Condition, Rule } from '../typology/rules.ts';
import { HALF_POINT } from './whole-percents.ts';
import type { TypeSlug } from '../typology/wrr-types.ts';

/**
 * How sure a type by the rules is. A type is open when it changes (a) somewhere within the
 * precision of the published figures, or (b) under another rule set that fits the named
 * municipalities about as well; otherwise it is settled. Fixed facts (the border distance,
 * bordering a big city, the number of inhabitants) are never varied, so they never open a type.
 */

/** The measurements that never vary: facts about a municipality, not shares. */
export const FIXED_FACTS: ReadonlySet<MetricId> = new Set(['inhabitants', 'borderDistanceKm', 'bordersBigCity']);

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
 * the published whole percentages (see rounding-box.ts; `parts` are the municipalities as
 * published whose sum `input` is, or just the one). Every condition of a rule is linear in the
 * shares once multiplied out, so whether a type occurs is whether a few systems of linear
 * conditions have a solution in the box: its own rule holds, and every earlier rule fails on at
 * least one condition. Each condition is taken as measure() decides it, to six decimals. A type
 * counts only where it holds on a region of some size, and only once the point found is
 * classified as that type by the classifier itself.
 */
export function typesWithinRounding(
  parts: readonly PublishedPart[],
  input: ClassifierInput,
  context: ClassifierContext,
  rules: readonly Rule[],
  type: TypeSlug,
  half = HALF_POINT,
): TypeSlug[] {
  const box = roundingBox(parts, half);
  const classified = (point: readonly number[]) =>
    firstHolding(measure({ ...input, shares: box.sharesAt(point) }, context), rules);
  const found = rules.flatMap((rule, index) => {
    if (rule.type === type) return [];
    const point = pointOf(box, input, context, rules, index);
    if (!point) return [];
    const given = classified(point);
    if (given !== rule.type) throw new Error(`the point found for ${rule.type} is classified as ${given}`);
    return [rule.type];
  });
  return orderOf(new Set(found), rules);
}

/** One condition of a rule, to hold or to fail. */
type Test = { condition: Condition; holds: boolean };
/** What has been fixed along one branch of the search. */
interface Branch {
  conditions: Inequality[];
  top?: NonWesternGroup;
  regime?: RatioRegime;
}
/** What every branch of one search shares: the box, the fixed facts, the national shares. */
interface Search {
  box: RoundingBox;
  fixed: Measurements;
  context: ClassifierContext;
}

/** A point of the box where rule `index` is the first that holds, or undefined. */
function pointOf(
  box: RoundingBox,
  input: ClassifierInput,
  context: ClassifierContext,
  rules: readonly Rule[],
  index: number,
): number[] | undefined {
  // Each requirement is a choice of tests of which one must be met: all of the rule's own at
  // once, or any one of an earlier rule's conditions failing.
  const requirements: Test[][][] = [
    [rules[index]!.conditions.map((condition) => ({ condition, holds: true }))],
    ...rules.slice(0, index).map((rule) => rule.conditions.map((condition) => [{ condition, holds: false }])),
  ];
  const size = box.share.western.coefficients.length;
  const someone = { expression: combine(box.share.western, box.share.nonWestern), strict: true };
  return search(
    { box, fixed: measure(input, context), context },
    { conditions: size > 0 ? [someone] : [] },
    requirements,
  );
}

/** Depth-first through the choices, pruning every branch whose conditions already have no solution. */
function search(state: Search, branch: Branch, requirements: Test[][][], known?: number[]): number[] | undefined {
  // Only a branch with new conditions needs solving again.
  const point = known ?? deepestPoint(state.box.domain, branch.conditions);
  if (!point) return undefined;
  const [first, ...rest] = requirements;
  if (!first) return point;
  const options = first.map((tests) =>
    tests.reduce((branches, test) => branches.flatMap((b) => withTest(state, b, test)), [branch]),
  );
  // A choice met whatever the shares are (a fact decides it) adds nothing: take it and no other.
  if (options.some((next) => next.includes(branch))) return search(state, branch, rest, point);
  for (const next of options.flat()) {
    const found = search(state, next, rest);
    if (found) return found;
  }
  return undefined;
}

/** The branches that follow from adding one test: none where a fixed fact rules it out, several where a choice is needed. */
function withTest(state: Search, branch: Branch, test: Test): Branch[] {
  const { metric, comparison, threshold } = test.condition;
  if (FIXED_FACTS.has(metric)) {
    return passes(comparison, state.fixed[metric], threshold) === test.holds ? [branch] : [];
  }
  const range = state.box.rangeOf(metric);
  const decided = range && decidedOver(range, test.condition);
  if (decided !== undefined) return decided === test.holds ? [branch] : [];
  if ((metric === 'groupRatio' || metric === 'groupShare') && !branch.top) {
    return CLASSIC_GROUPS.flatMap((top) => withTest(state, withTop(state, branch, top), test));
  }
  if (metric === 'westernRatio' && !branch.regime) {
    return (['share', 'floor'] as const).flatMap((regime) =>
      withRegime(state, branch, regime).flatMap((b) => withTest(state, b, test)),
    );
  }
  const { numerator, denominator } = fractionOf(state.box, metric, state.context, branch.top!, branch.regime!);
  return [{ ...branch, conditions: [...branch.conditions, inequality(numerator, denominator, test)] }];
}

/** The branch with `top` as the most over-represented classic group. */
function withTop(state: Search, branch: Branch, top: NonWesternGroup): Branch {
  return { ...branch, top, conditions: [...branch.conditions, ...topGroupConditions(state.box, state.context, top)] };
}

/** The branch with the non-Western share on one side of the Western ratio's floor; none where it cannot be below it. */
function withRegime(state: Search, branch: Branch, regime: RatioRegime): Branch[] {
  const { nonWestern } = state.box.share;
  const aboveFloor = combine(nonWestern, constant(RATIO_FLOOR, nonWestern.coefficients.length), -1);
  if (state.box.lowestNonWestern >= RATIO_FLOOR) return regime === 'share' ? [{ ...branch, regime }] : [];
  const side = regime === 'share' ? aboveFloor : negated(aboveFloor);
  return [{ ...branch, regime, conditions: [...branch.conditions, { expression: side, strict: false }] }];
}

/**
 * Whether a condition holds at every value of a range, at none, or (undefined) at some or too
 * close to tell without solving: only a range clear of the threshold by more than the last
 * decimal measure() keeps is decided here, so that rounding never decides it.
 */
function decidedOver(
  [low, high]: readonly [number, number],
  { comparison, threshold }: Condition,
): boolean | undefined {
  const clear = 2 * HALF_LAST_DECIMAL;
  if (high < threshold - clear) return comparison === 'atMost' || comparison === 'below';
  if (low > threshold + clear) return comparison === 'atLeast' || comparison === 'above';
  return undefined;
}

/** Half the last decimal measure() keeps: a value this far below a threshold still rounds onto it. */
const HALF_LAST_DECIMAL = 0.5e-6;

/**
 * A condition on numerator / denominator (denominator positive) as a linear inequality, decided
 * as measure() decides it, to six decimals: "at least t" holds from t − half a millionth, "above t"
 * from t + half a millionth; "at most" and "below" are their opposites.
 */
function inequality(numerator: Linear, denominator: Linear, { condition, holds }: Test): Inequality {
  const { comparison, threshold } = condition;
  if (comparison === 'is') throw new Error(`"is" is for fixed facts, not for ${condition.metric}`);
  const upwards = comparison === 'atLeast' || comparison === 'above';
  const from = threshold + (comparison === 'above' || comparison === 'atMost' ? 1 : -1) * HALF_LAST_DECIMAL;
  // numerator − from · denominator ≥ 0 is "at least from"; the opposite is "< from".
  const atLeastFrom = combine(numerator, denominator, -from);
  const wantAtLeast = upwards === holds;
  return wantAtLeast ? { expression: atLeastFrom, strict: false } : { expression: negated(atLeastFrom), strict: true };
}

/** Types in the order of the rules (the WRR's presentation order where no rules are given). */
function orderOf(types: ReadonlySet<TypeSlug>, rules: readonly Rule[] | undefined): TypeSlug[] {
  return (rules ?? []).map((r) => r.type).filter((t) => types.has(t));
}
