import { METRICS, type Measurements } from './metrics.ts';
import { RULES, type Condition, type Rule } from './rules.ts';
import type { TypeSlug } from './typology.ts';

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
  /** Size of that change in steps (see METRICS); below 1 is a borderline case. */
  margin: number;
}

/** Tests one condition against the measurements. */
export function check(condition: Condition, measurements: Measurements): Check {
  const value = measurements[condition.metric];
  const { threshold, comparison } = condition;
  const step = METRICS[condition.metric].step;
  const passed = {
    atLeast: value >= threshold,
    above: value > threshold,
    atMost: value <= threshold,
    below: value < threshold,
    is: value === threshold,
  }[comparison];
  const towardsPass = comparison === 'atLeast' || comparison === 'above' ? value - threshold : threshold - value;
  // A yes/no condition cannot be approached gradually: it either holds or it never will.
  const slack = comparison === 'is' ? (passed ? Infinity : -Infinity) : towardsPass / step;
  return { ...condition, value, passed, slack };
}

/**
 * Gives one municipality its type: the first rule in RULES whose conditions all hold. Also finds
 * the runner-up: either the winning rule fails on its tightest test (and the next rule that holds
 * takes over), or an earlier rule comes to hold; whichever needs the smaller change.
 */
export function classify(measurements: Measurements, rules: readonly Rule[] = RULES): Classification {
  const tested = rules.map((rule) => ({ rule, checks: rule.conditions.map((c) => check(c, measurements)) }));
  const holds = (t: (typeof tested)[number]) => t.checks.every((c) => c.passed);
  const winnerIndex = tested.findIndex(holds);
  if (winnerIndex < 0) throw new Error('the rules must end with a rule without conditions');
  const winner = tested[winnerIndex]!;

  let runnerUp: TypeSlug = 'gemiddeld';
  let pivots: Check[] = [];
  let pivotRule: TypeSlug = winner.rule.type;
  let margin = Infinity;
  // The winner fails on its tightest test: the next rule that holds takes over.
  const tightest = winner.checks.reduce<Check | undefined>(
    (min, c) => (!min || c.slack < min.slack ? c : min),
    undefined,
  );
  const next = tested.slice(winnerIndex + 1).find(holds);
  if (tightest && next) {
    runnerUp = next.rule.type;
    pivots = [tightest];
    margin = tightest.slack;
  }
  // An earlier rule comes to hold: all its failing tests must turn, so the largest shortfall counts.
  for (const earlier of tested.slice(0, winnerIndex)) {
    const failing = earlier.checks.filter((c) => !c.passed);
    const needed = Math.max(...failing.map((c) => -c.slack));
    if (needed < margin) {
      runnerUp = earlier.rule.type;
      pivotRule = earlier.rule.type;
      pivots = failing;
      margin = needed;
    }
  }
  return { type: winner.rule.type, checks: winner.checks, runnerUp, pivots, pivotRule, margin };
}
