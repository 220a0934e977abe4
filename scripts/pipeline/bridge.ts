import type { Meta, Municipality } from '../../src/lib/figures/dataset-schema.ts';
import { roundTo } from '../../src/lib/figures/round.ts';

/**
 * Whether the homogeneous type could be carried into CBS's herkomstland classification: today's
 * municipalities above the type's limit with a Dutch background (both parents born in the
 * Netherlands) in the last year with types, and with herkomstland Nederland (born in the
 * Netherlands to two parents born there) in the first herkomstland year, and how far the two
 * shares lie apart per municipality. Two definitions a year apart: the difference mixes both, and
 * no year has both per municipality to tell them apart, which /methode/ says.
 */
export function homogeneousBridge(
  municipalities: readonly Pick<Municipality, 'code' | 'name' | 'years' | 'origin'>[],
  years: readonly number[],
  originYears: readonly number[],
  limit: number,
): Meta['origin']['bridge'] {
  const to = originYears[0];
  const from = years.filter((y) => to !== undefined && y < to).at(-1);
  if (to === undefined || from === undefined) return null;
  const pairs = municipalities.map((m) => ({
    code: m.code,
    name: m.name,
    old: m.years[String(from)]!.figures.shares.dutch,
    now: m.origin[String(to)]!.figures.shares.netherlands,
  }));
  const points = (p: (typeof pairs)[number]) => roundTo((p.now - p.old) * 100, 1);
  const sorted = [...pairs].sort((a, b) => points(a) - points(b) || a.code.localeCompare(b.code));
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? points(sorted[Math.floor(middle)]!)
      : roundTo((points(sorted[middle - 1]!) + points(sorted[middle]!)) / 2, 1);
  const drop = sorted[0]!;
  return {
    from,
    to,
    limit,
    above: {
      from: pairs.filter((p) => p.old > limit).length,
      to: pairs.filter((p) => p.now > limit).length,
      both: pairs.filter((p) => p.old > limit && p.now > limit).length,
    },
    atLimit: pairs.filter((p) => roundTo(p.now, 6) === roundTo(limit, 6)).length,
    difference: { median, lowest: points(drop), highest: points(sorted.at(-1)!) },
    largestDrop: { code: drop.code, name: drop.name, points: points(drop) },
  };
}
