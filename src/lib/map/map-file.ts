import type { GeoJsonProperties } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/** The map file the pipeline writes (src/data/map.topo.json) and the site draws. */

/** Name of the object that holds today's municipalities, each geometry with its code as id. */
export const MAP_OBJECT = 'gemeenten';

/** Today's municipalities in a map file. */
export function municipalityShapes(topology: Topology<Objects<GeoJsonProperties>>): GeometryCollection {
  return topology.objects[MAP_OBJECT] as GeometryCollection;
}
