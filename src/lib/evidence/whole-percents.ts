import { roundTo } from '../figures/round.ts';

/**
 * What whole-percent rounding leaves open. For some years (2015, the WRR's year, among them) CBS
 * published each share in whole percents, so a share is only known to within half a percentage
 * point, and the Dutch-background share (what Western and non-Western leave) to within about a
 * point either way.
 */

/** Half a percentage point, as a share: how far a share published in whole percents may be from the truth. */
export const HALF_POINT = 0.005;

/** A municipality as published: inhabitants and the shares (0–1) of the two groups. */
export interface PublishedShares {
  inhabitants: number;
  western: number;
  nonWestern: number;
}

/**
 * The Dutch-background share a municipality may really have, when each group was rounded to
 * within `half`: above `low` and up to `high` (reached when both groups were rounded up from
 * exactly half a point). With `half` 0 the figures are exact and low equals high.
 */
export function dutchRange(m: PublishedShares, half = HALF_POINT): { low: number; high: number } {
  const atLeast = (share: number) => Math.max(0, share - half);
  // Rounded to nine decimals, so that 1 − 0.045 − 0.055 is 0.9 and compares as 0.9.
  return {
    low: roundTo(1 - (m.western + half) - (m.nonWestern + half), 9),
    high: roundTo(1 - atLeast(m.western) - atLeast(m.nonWestern), 9),
  };
}

/** Municipalities and inhabitants in a group. */
export interface Tally {
  municipalities: number;
  inhabitants: number;
}

/**
 * How many inhabitants live in municipalities where more than `limit` (a share) have a Dutch
 * background: at least (where every possible true value is above it) and at most (where some is).
 */
export function homogeneousRange(
  municipalities: readonly PublishedShares[],
  limit: number,
  half = HALF_POINT,
): { lowest: Tally; highest: Tally } {
  const tally = (list: readonly PublishedShares[]): Tally => ({
    municipalities: list.length,
    inhabitants: list.reduce((sum, m) => sum + m.inhabitants, 0),
  });
  return {
    // Above an unreached low bound that is at the limit means above the limit; exact figures must exceed it.
    lowest: tally(
      municipalities.filter((m) => (half > 0 ? dutchRange(m, half).low >= limit : dutchRange(m, 0).low > limit)),
    ),
    highest: tally(municipalities.filter((m) => dutchRange(m, half).high > limit)),
  };
}

/** Whether a count of inhabitants lies within the range the rounding allows (both ends included). */
export function withinRange(inhabitants: number, range: { lowest: Tally; highest: Tally }): boolean {
  return inhabitants >= range.lowest.inhabitants && inhabitants <= range.highest.inhabitants;
}
