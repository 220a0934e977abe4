import type { TypeSlug } from './wrr-types.ts';

/**
 * When a type counts as changed between two years. Where CBS published a year in whole percents,
 * the type by the rules may be one of several within the rounding of that year's figures (see
 * certainty.ts); a type that differs between two years only within that rounding has not been
 * shown to change, so only a difference no rounding of either year can explain counts.
 */

/** The types a year's type could be within the rounding: the type shown, and where it is the type by the rules, the others the rounding allows. */
export function typesWithinPrecision(shown: TypeSlug, derived: TypeSlug, rounding: readonly TypeSlug[]): TypeSlug[] {
  return shown === derived ? [shown, ...rounding] : [shown];
}

/** Whether a type changed beyond the precision of the figures: no type fits both years. */
export function changedBeyondPrecision(from: readonly TypeSlug[], to: readonly TypeSlug[]): boolean {
  return !from.some((t) => to.includes(t));
}
