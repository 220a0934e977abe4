import { InputError } from '../../src/lib/checks/input-error.ts';
import { divideOver, type Share } from './overlap.ts';
import type { Area } from './read-boundaries.ts';

/** Where one former municipality went: all of today's municipalities that got part of it. */
export interface Lineage {
  code: string;
  name: string;
  year: number;
  /** Today's municipality that got most of its area: the one its figures are counted with. */
  successor: string;
  /** Every part, largest first; more than one means the municipality was split. */
  parts: Share[];
}

/**
 * Derives from the boundaries which of today's municipalities each municipality of an earlier
 * year lies in. A municipality that was split goes, as a whole, to the one that got most of its
 * area. Fails when a former municipality lies in none of today's, or when one of today's would
 * receive no former municipality at all (its figures would then be missing).
 */
export function deriveLineage(
  former: readonly Area[],
  current: readonly Area[],
  year: number,
  files: { former: string; current: string },
): Lineage[] {
  const divided = divideOver(former, current);
  const lineage = former.map((area) => {
    const parts = divided.get(area.properties.code) ?? [];
    const main = parts[0];
    if (!main) {
      throw new InputError(
        files.former,
        `${area.properties.code} (${area.properties.name}) lies in none of the municipalities of ${files.current}`,
      );
    }
    return { code: area.properties.code, name: area.properties.name, year, successor: main.code, parts };
  });
  const reached = new Set(lineage.map((l) => l.successor));
  const orphans = current.filter((area) => !reached.has(area.properties.code));
  if (orphans.length > 0) {
    const list = orphans.map((a) => `${a.properties.code} (${a.properties.name})`).join(', ');
    throw new InputError(files.current, `no ${year} municipality has most of its area in: ${list}`);
  }
  return lineage;
}
