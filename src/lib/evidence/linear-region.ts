import { solve, type Constraint } from 'yalps';

/**
 * Whether a set of linear conditions can hold together inside a box, and where: the one piece of
 * linear programming the certainty test needs (see certainty.ts), solved with YALPS.
 */

/** A linear expression Σ coefficients[i]·x[i] + constant over the variables of a box. */
export interface Linear {
  coefficients: readonly number[];
  constant: number;
}

/** A condition `expression ≥ 0` (or `> 0` where strict; see `deepestPoint` for how that is treated). */
export interface Inequality {
  expression: Linear;
  strict: boolean;
}

/** Where the variables may lie: each between its bounds, and every domain row `≥ 0`. */
export interface Domain {
  lower: readonly number[];
  upper: readonly number[];
  rows: readonly Linear[];
}

/** How far the solver looks into a region: a point this deep inside every condition is deep enough. */
const DEPTH_CAP = 100;
/** A region thinner than this (in the units of the variables) counts as no region at all. */
const THINNEST = 1e-6;

/**
 * A point of the domain where every condition holds, as far inside all of them as it can be
 * (each condition's distance measured along its own normal, up to DEPTH_CAP), or undefined where
 * there is none. A condition that holds only on a boundary, at equality, does not count, and so
 * strict and non-strict conditions are treated alike: what is found holds on a region of some
 * size, not only at a point. Callers choose units in which the regions that matter are far
 * thicker than THINNEST.
 */
export function deepestPoint(domain: Domain, conditions: readonly Inequality[]): number[] | undefined {
  const size = domain.lower.length;
  const constraints = new Map<string, Constraint>();
  const columns = Array.from({ length: size }, () => new Map<string, number>());
  const depth = new Map<string, number>([['objective', 1]]);
  const addRow = (key: string, expression: Linear, normal: number) => {
    constraints.set(key, { min: -expression.constant });
    expression.coefficients.forEach((c, i) => {
      if (c !== 0) columns[i]!.set(key, c);
    });
    if (normal > 0) depth.set(key, -normal);
  };
  domain.lower.forEach((low, i) => {
    constraints.set(`x${i}`, { min: low, max: domain.upper[i]! });
    columns[i]!.set(`x${i}`, 1);
  });
  domain.rows.forEach((row, j) => addRow(`d${j}`, row, 0));
  conditions.forEach(({ expression }, j) => addRow(`c${j}`, expression, Math.hypot(...expression.coefficients) || 1));
  constraints.set('cap', { max: DEPTH_CAP });
  depth.set('cap', 1);
  const solution = solve({
    direction: 'maximize',
    objective: 'objective',
    constraints,
    variables: [...columns.map((column, i) => [`x${i}`, column] as const), ['depth', depth] as const],
  });
  if (solution.status !== 'optimal' || solution.result <= THINNEST) return undefined;
  const values = new Map(solution.variables);
  return Array.from({ length: size }, (_, i) => values.get(`x${i}`) ?? 0);
}
