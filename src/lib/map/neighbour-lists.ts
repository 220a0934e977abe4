import { neighbors } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { municipalityShapes } from './map-file.ts';

/**
 * Per municipality code, the codes of the municipalities it shares a border with, from the map's
 * topology (shapes that share an arc are neighbours; water between them keeps them apart).
 */
export function neighbourLists(topology: Topology): Record<string, string[]> {
  const { geometries } = municipalityShapes(topology);
  const lists = neighbors(geometries);
  return Object.fromEntries(
    geometries.map((g, i) => [String(g.id), lists[i]!.map((j) => String(geometries[j]!.id)).sort()]),
  );
}
