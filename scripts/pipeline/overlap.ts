import type { Area } from './read-boundaries.ts';
import {
  boundingBox,
  boxContains,
  containsPoint,
  gridSample,
  toPlanar,
  type Box,
  type PlanarPolygon,
} from './planar.ts';

/** The part of one area that lies in another. */
export interface Share {
  code: string;
  /** Fraction (0–1) of the area's sampled surface. */
  share: number;
}

interface Target {
  code: string;
  polygons: PlanarPolygon[];
  box: Box;
}

/**
 * How the surface of each source area divides over target areas (for example a 2015
 * municipality over today's municipalities), largest part first. Measured by counting grid
 * points, which tolerates the small mismatches between generalised boundaries of different years.
 */
export function divideOver(sources: readonly Area[], targets: readonly Area[]): Map<string, Share[]> {
  const prepared: Target[] = targets.map((t) => {
    const polygons = toPlanar(t.geometry);
    return { code: t.properties.code, polygons, box: boundingBox(polygons) };
  });
  const result = new Map<string, Share[]>();
  for (const source of sources) {
    const counts = new Map<string, number>();
    let last: Target | undefined;
    let matched = 0;
    for (const point of gridSample(toPlanar(source.geometry))) {
      // Neighbouring grid points mostly fall in the same target, so try the last hit first.
      const hit =
        last && boxContains(last.box, point) && containsPoint(last.polygons, point)
          ? last
          : prepared.find((t) => boxContains(t.box, point) && containsPoint(t.polygons, point));
      if (!hit) continue;
      last = hit;
      matched++;
      counts.set(hit.code, (counts.get(hit.code) ?? 0) + 1);
    }
    const shares = [...counts]
      .map(([code, n]) => ({ code, share: n / matched }))
      .sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
    result.set(source.properties.code, shares);
  }
  return result;
}
