import { METRICS, type Measurements } from './metrics.ts';
import { RULES, type Comparison, type Condition, type Rule } from './rules.ts';
import type { TypeSlug } from './wrr-types.ts';

/** A condition as tested for one municipality. */
export interface Check extends Condition {
  value: number;
  passed: boolean;
  /** Distance to the threshold in steps of the measurement: positive beyond it, negative short of it. */
  slack: number;
}

/** The type a municipality gets, why, and what came closest to changing it. */
export interface Classification {
  type: TypeSlug;
  /** The tests of the rule that gave the type (none for "gemiddeld"). */
  checks: Check[];
  /** The type it would have been had the smallest decisive change happened. */
  runnerUp: TypeSlug;
  /** The tests that would have had to turn out differently for the runner-up. */
  pivots: Check[];
  /** The rule those tests belong to: the runner-up's own, or the winner's. */
  pivotRule: TypeSlug;
  /** Size of that change in steps (see METRICS); at most 1 is a borderline case. */
  margin: number;
}

/** Whether a value passes a comparison with a threshold. */
export function passes(comparison: Comparison, value: number, threshold: number): boolean {
  switch (comparison) {
    case 'atLeast':
      return value >= threshold;
    case 'above':
      return value > threshold;
    case 'atMost':
      return value <= threshold;
    case 'below':
      return value < threshold;
    case 'is':
      return value === threshold;
  }
}

/** Tests one condition against the measurements. */
export function check(condition: Condition, measurements: Measurements): Check {
  const value = measurements[condition.metric];
  const { threshold, comparison } = condition;
  const step = METRICS[condition.metric].step;
  const passed = passes(comparison, value, threshold);
  const towardsPass = comparison === 'atLeast' || comparison === 'above' ? value - threshold : threshold - value;
  // A yes/no condition cannot be approached gradually: it either holds or it never will.
  const slack = comparison === 'is' ? (passed ? Infinity : -Infinity) : towardsPass / step;
  return { ...condition, value, passed, slack };
}

/** The type the rules give: the first rule whose tests all pass. */
export function firstHolding(measurements: Measurements, rules: readonly Rule[]): TypeSlug {
  const rule = rules.find((r) => r.conditions.every((c) => check(c, measurements).passed));
  if (!rule) throw new Error('the rules must end with a rule without conditions');
  return rule.type;
}

/**
 * The measurements with each of the given tests moved just across its threshold, so that it
 * passes (or fails): the smallest change of those figures that turns the tests.
 */
export function shiftAcross(
  measurements: Measurements,
  conditions: readonly Condition[],
  toPass: boolean,
): Measurements {
  const shifted = { ...measurements };
  for (const { metric, comparison, threshold } of conditions) {
    const nudge = METRICS[metric].step * 1e-6;
    // A value exactly on the threshold passes "at least" and "at most", and fails "above" and "below".
    const inclusive = comparison === 'atLeast' || comparison === 'atMost';
    const upwards = comparison === 'atLeast' || comparison === 'above';
    if (comparison === 'is') shifted[metric] = toPass ? threshold : 1 - threshold;
    else if (toPass) shifted[metric] = inclusive ? threshold : threshold + (upwards ? nudge : -nudge);
    else shifted[metric] = inclusive ? threshold + (upwards ? -nudge : nudge) : threshold;
  }
  return shifted;
}

/**
 * Gives one municipality its type: the first rule in RULES whose conditions all hold. Also finds
 * the runner-up, from the smallest decisive change: either an earlier rule comes to hold (all its
 * failing tests must turn, so its largest shortfall counts), or the winning rule fails on its
 * tightest test. The runner-up is the type the rules give after that change; on a tie, an earlier
 * rule coming to hold wins.
 */
export function classify(measurements: Measurements, rules: readonly Rule[] = RULES): Classification {
  const tested = rules.map((rule) => ({ rule, checks: rule.conditions.map((c) => check(c, measurements)) }));
  const winnerIndex = tested.findIndex((t) => t.checks.every((c) => c.passed));
  if (winnerIndex < 0) throw new Error('the rules must end with a rule without conditions');
  const winner = tested[winnerIndex]!;

  let best: { margin: number; pivots: Check[]; pivotRule: TypeSlug; toPass: boolean } | undefined;
  for (const earlier of tested.slice(0, winnerIndex)) {
    const failing = earlier.checks.filter((c) => !c.passed);
    const needed = Math.max(...failing.map((c) => -c.slack));
    if (Number.isFinite(needed) && (!best || needed < best.margin)) {
      best = { margin: needed, pivots: failing, pivotRule: earlier.rule.type, toPass: true };
    }
  }
  const tightest = winner.checks.reduce<Check | undefined>(
    (min, c) => (!min || c.slack < min.slack ? c : min),
    undefined,
  );
  if (tightest && Number.isFinite(tightest.slack) && (!best || tightest.slack < best.margin)) {
    best = { margin: tightest.slack, pivots: [tightest], pivotRule: winner.rule.type, toPass: false };
  }
  if (!best) throw new Error(`no change of the figures turns type ${winner.rule.type} into another`);
  const runnerUp = firstHolding(shiftAcross(measurements, best.pivots, best.toPass), rules);
  return {
    type: winner.rule.type,
    checks: winner.checks,
    runnerUp,
    pivots: best.pivots,
    pivotRule: best.pivotRule,
    margin: best.margin,
  };
}
