import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * Per municipality code, the codes of the municipalities it shares a border with, from the map's
 * topology (shapes that share an arc are neighbours; water between them keeps them apart).
 */
export function neighbourLists(topology: Topology, object = 'gemeenten'): Record<string, string[]> {
  const geometries = (topology.objects[object] as GeometryCollection).geometries;
  const lists = neighbors(geometries);
  return Object.fromEntries(
    geometries.map((g, i) => [String(g.id), lists[i]!.map((j) => String(geometries[j]!.id)).sort()]),
  );
}
