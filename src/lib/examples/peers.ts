import type { Municipality } from '../figures/dataset-schema.ts';
import { inYear } from '../figures/in-year.ts';
import { MIGRATION_GROUPS, type GroupValues } from '../figures/migration-groups.ts';
import type { TypeSlug } from '../typology/wrr-types.ts';

/** How many peers a municipality page lists. */
export const PEER_COUNT = 5;

/**
 * How much a difference in size counts beside one in composition: a municipality twice as large
 * (or half as large) is as far away as one whose composition differs by five percentage points.
 */
export const SIZE_WEIGHT = 0.05 / Math.log10(2);

/** A municipality as far as likeness goes: its type, the shares of its origin groups and its inhabitants. */
export interface PeerCandidate {
  code: string;
  type: string;
  shares: GroupValues;
  inhabitants: number;
}

/** Distance between two compositions: Euclidean over the seven origin groups' shares. */
export function compositionDistance(a: GroupValues, b: GroupValues): number {
  return Math.sqrt(MIGRATION_GROUPS.reduce((sum, key) => sum + (a[key] - b[key]) ** 2, 0));
}

/** Distance between two municipalities: their compositions, and their sizes on a log scale (see SIZE_WEIGHT). */
export function peerDistance(a: PeerCandidate, b: PeerCandidate): number {
  const size = SIZE_WEIGHT * Math.log10(a.inhabitants / b.inhabitants);
  return Math.hypot(compositionDistance(a.shares, b.shares), size);
}

/**
 * The municipalities of a type (the target's own unless given) most like the target in composition
 * and size, nearest first (ties by code, so the choice is stable).
 */
export function peersOf<T extends PeerCandidate>(
  target: PeerCandidate,
  candidates: readonly T[],
  count = PEER_COUNT,
  type: string = target.type,
): T[] {
  return candidates
    .filter((c) => c.code !== target.code && c.type === type)
    .map((c) => ({ c, d: peerDistance(target, c) }))
    .sort((x, y) => x.d - y.d || x.c.code.localeCompare(y.c.code))
    .slice(0, count)
    .map(({ c }) => c);
}

/** The municipalities most like `m` in one year among those of `type` that year (its own type unless given). */
export function similarMunicipalities(
  m: Municipality,
  all: readonly Municipality[],
  year: number,
  count = PEER_COUNT,
  type?: TypeSlug,
): Municipality[] {
  const asCandidate = (x: Municipality) => ({
    ...x,
    type: inYear(x, year).typing.type,
    shares: inYear(x, year).figures.shares,
    inhabitants: inYear(x, year).figures.inhabitants,
  });
  const target = asCandidate(m);
  return peersOf(target, all.map(asCandidate), count, type ?? target.type);
}
