import { wilsonInterval } from './calibration.ts';
import type { TypeSlug } from '../typology/wrr-types.ts';

/** How often a method gave a named municipality its named type when it was left out: k of n, with the 95% Wilson interval. */
export interface Tally {
  agreeing: number;
  total: number;
  interval: { low: number; high: number };
}

/** A tally overall and per named type. */
export interface HeldOutTally extends Tally {
  byType: Partial<Record<TypeSlug, Tally>>;
}

/** k of n with its interval. */
export function tallyOf(agreeing: number, total: number): Tally {
  return { agreeing, total, interval: wilsonInterval(agreeing, total) };
}

/** The tally of the types a method gave (`given`) against the named ones, overall and per named type. */
export function heldOutTally(named: readonly TypeSlug[], given: readonly TypeSlug[]): HeldOutTally {
  const hits = named.map((type, i) => given[i] === type);
  const types = [...new Set(named)];
  const count = (keep: (i: number) => boolean) => hits.filter((hit, i) => hit && keep(i)).length;
  return {
    ...tallyOf(
      count(() => true),
      named.length,
    ),
    byType: Object.fromEntries(
      types.map((type) => [
        type,
        tallyOf(
          count((i) => named[i] === type),
          named.filter((t) => t === type).length,
        ),
      ]),
    ),
  };
}
