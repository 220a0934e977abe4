import type { Measurements } from '../typology/metrics.ts';
import { MIGRATION_GROUPS, type GroupValues } from '../figures/migration-groups.ts';
import type { TypeSlug } from '../typology/wrr-types.ts';

/**
 * Two simple methods to hold the rules against, on the same inputs as the rules (the seven origin
 * shares, inhabitants, the distance to the border and bordering a big city) and tested the same
 * way, leaving out each named municipality in turn:
 * - nearest named municipality: the type of the named municipality most like it;
 * - nearest type centre: the type whose named examples are on average most like it.
 * "Most like" is the straight-line distance over those inputs, each first divided by its spread
 * among the named municipalities used (inhabitants as a logarithm, so that a city of 800,000 is
 * not a hundred villages away from one of 80,000).
 */

/** A named municipality as the simple methods see it. */
export interface BaselineSample {
  code: string;
  named: TypeSlug;
  shares: GroupValues;
  measurements: Measurements;
}

/** The simple methods, by key. */
export const BASELINES = ['nearest-municipality', 'nearest-centre'] as const;
/** One simple method's key. */
export type Baseline = (typeof BASELINES)[number];

/** The inputs of one municipality as numbers, before scaling. */
function inputsOf(s: BaselineSample): number[] {
  const { inhabitants, borderDistanceKm, bordersBigCity } = s.measurements;
  return [...MIGRATION_GROUPS.map((g) => s.shares[g]), Math.log10(inhabitants), borderDistanceKm, bordersBigCity];
}

/** Each input divided by its spread (standard deviation) among `training`; an input without spread is left out. */
function scaling(training: readonly BaselineSample[]): (s: BaselineSample) => number[] {
  const rows = training.map(inputsOf);
  const spread = rows[0]!.map((_, j) => {
    const mean = rows.reduce((sum, r) => sum + r[j]!, 0) / rows.length;
    return Math.sqrt(rows.reduce((sum, r) => sum + (r[j]! - mean) ** 2, 0) / rows.length);
  });
  return (s) => inputsOf(s).map((v, j) => (spread[j]! > 0 ? v / spread[j]! : 0));
}

const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));

/** The type a simple method gives `target`, learnt from `training` (ties: the earlier in `training`). */
export function baselineType(method: Baseline, training: readonly BaselineSample[], target: BaselineSample): TypeSlug {
  const scaled = scaling(training);
  const point = scaled(target);
  const candidates =
    method === 'nearest-municipality'
      ? training.map((s) => ({ type: s.named, at: scaled(s) }))
      : [...new Set(training.map((s) => s.named))].map((type) => {
          const members = training.filter((s) => s.named === type).map(scaled);
          return { type, at: members[0]!.map((_, j) => members.reduce((sum, m) => sum + m[j]!, 0) / members.length) };
        });
  return candidates.reduce((best, c) => (distance(c.at, point) < distance(best.at, point) ? c : best)).type;
}

/** For each sample in turn, the type the method gives it when learnt from all the others. */
export function heldOutTypes(method: Baseline, samples: readonly BaselineSample[]): TypeSlug[] {
  return samples.map((held, i) =>
    baselineType(
      method,
      samples.filter((_, j) => j !== i),
      held,
    ),
  );
}

/** The simple methods as the method page names them. */
export const BASELINE_LABELS: Record<Baseline, string> = {
  'nearest-municipality': 'Meest gelijkende genoemde gemeente',
  'nearest-centre': 'Dichtstbijzijnde typegemiddelde',
};
