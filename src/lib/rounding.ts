/**
 * What whole-percent rounding leaves open. For some years (2015, the WRR's year, among them) CBS
 * published the shares of the Western and the non-Western group in whole percents, so the Dutch-background share (what the two leave) is only
 * known to within about a percentage point either way.
 */

/** A municipality as published: inhabitants and the two groups in whole percents. */
export interface PublishedShares {
  inhabitants: number;
  western: number;
  nonWestern: number;
}

/**
 * The Dutch-background share (in percent) a municipality may really have, when each group was
 * rounded to within `half` a point: above `low` and up to `high` (reached when both groups were
 * rounded up from exactly half a point). With `half` 0 the figures are exact and low equals high.
 */
export function dutchRange(m: PublishedShares, half = 0.5): { low: number; high: number } {
  const atLeast = (percent: number) => Math.max(0, percent - half);
  return {
    low: 100 - (m.western + half) - (m.nonWestern + half),
    high: 100 - atLeast(m.western) - atLeast(m.nonWestern),
  };
}

/** Municipalities and inhabitants in a group. */
export interface Tally {
  municipalities: number;
  inhabitants: number;
}

/**
 * How many inhabitants live in municipalities where more than `limit` percent have a Dutch
 * background: at least (where every possible true value is above it) and at most (where some is).
 */
export function homogeneousRange(
  municipalities: readonly PublishedShares[],
  limit: number,
  half = 0.5,
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
