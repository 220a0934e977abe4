import type { Municipality } from './dataset-schema.ts';
import { inYear } from './in-year.ts';
import { MIGRATION_GROUPS, type GroupValues } from './migration-groups.ts';

/** A municipality as far as likeness goes: its type and the shares of its origin groups. */
/** How many peers a municipality page lists. */
export const PEER_COUNT = 5;

export interface PeerCandidate {
  code: string;
  type: string;
  shares: GroupValues;
}

/** Distance between two compositions: Euclidean over the seven origin groups' shares. */
export function compositionDistance(a: GroupValues, b: GroupValues): number {
  return Math.sqrt(MIGRATION_GROUPS.reduce((sum, key) => sum + (a[key] - b[key]) ** 2, 0));
}

/**
 * The municipalities of the same type whose origin composition is most like the target's,
 * nearest first (ties by code, so the choice is stable).
 */
export function peersOf<T extends PeerCandidate>(
  target: PeerCandidate,
  candidates: readonly T[],
  count = PEER_COUNT,
): T[] {
  return candidates
    .filter((c) => c.code !== target.code && c.type === target.type)
    .map((c) => ({ c, d: compositionDistance(target.shares, c.shares) }))
    .sort((x, y) => x.d - y.d || x.c.code.localeCompare(y.c.code))
    .slice(0, count)
    .map(({ c }) => c);
}

/** The municipalities most like `m` in one year: same type, nearest composition (see peersOf). */
export function similarMunicipalities(
  m: Municipality,
  all: readonly Municipality[],
  year: number,
  count = PEER_COUNT,
): Municipality[] {
  const asCandidate = (x: Municipality) => ({
    ...x,
    type: inYear(x, year).typing.type,
    shares: inYear(x, year).figures.shares,
  });
  return peersOf(asCandidate(m), all.map(asCandidate), count);
}
