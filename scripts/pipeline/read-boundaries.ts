import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { InputError } from '../../src/lib/checks/input-error.ts';
import { parseJson } from './parse-json.ts';

/** One area (municipality or province) from a boundary file, in WGS84 longitude/latitude. */
export type Area = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

/** A parsed boundary file: the topology as read, its one object's name, and its areas by code. */
export interface Boundaries {
  topology: Topology;
  objectName: string;
  areas: Area[];
}

const CODE_PATTERN = { gemeente: /^GM\d{4}$/, provincie: /^PV\d{2}$/ } as const;

/** A geometry as found in the file, before it is checked. */
interface RawGeometry {
  type: string;
  arcs: unknown;
  properties?: Record<string, unknown>;
}

/**
 * Parses a CBS/Kadaster TopoJSON boundary file (one object, one geometry per area, properties
 * `statcode` and `statnaam`) and checks it.
 */
export function readBoundaries(text: string, file: string, level: keyof typeof CODE_PATTERN): Boundaries {
  if (text.trim() === '') throw new InputError(file, 'the file is empty; expected a TopoJSON topology');
  const topology = parseJson(text, file) as Topology;
  if (topology?.type !== 'Topology' || typeof topology.objects !== 'object' || !Array.isArray(topology.arcs)) {
    throw new InputError(file, 'expected a TopoJSON object with "type": "Topology", "objects" and "arcs"');
  }
  const names = Object.keys(topology.objects);
  if (names.length !== 1) {
    throw new InputError(file, `expected exactly one object in "objects", found ${names.length} (${names.join(', ')})`);
  }
  const objectName = names[0]!;
  const collection = topology.objects[objectName] as unknown as { type: string; geometries: RawGeometry[] };
  if (collection.type !== 'GeometryCollection' || !Array.isArray(collection.geometries)) {
    throw new InputError(file, `object "${objectName}": expected a GeometryCollection`);
  }
  const seen = new Set<string>();
  collection.geometries.forEach((geometry, index) => {
    const where = `object "${objectName}", geometry ${index}`;
    const code = geometry.properties?.['statcode'];
    const name = geometry.properties?.['statnaam'];
    if (typeof code !== 'string' || !CODE_PATTERN[level].test(code)) {
      throw new InputError(
        file,
        `${where}: expected property "statcode" like ${level === 'gemeente' ? 'GM0363' : 'PV27'}, found ${JSON.stringify(code)}`,
      );
    }
    if (typeof name !== 'string' || name.trim() === '') {
      throw new InputError(file, `${where} (${code}): expected a non-empty property "statnaam"`);
    }
    if (seen.has(code)) throw new InputError(file, `${where}: code ${code} occurs more than once`);
    seen.add(code);
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new InputError(file, `${where} (${code}): expected a Polygon or MultiPolygon, found ${geometry.type}`);
    }
    const arcCount = topology.arcs.length;
    const arcIndexes = [geometry.arcs].flat(3);
    const bad = arcIndexes.find((i) => typeof i !== 'number' || (i < 0 ? ~i : i) >= arcCount);
    if (bad !== undefined)
      throw new InputError(
        file,
        `${where} (${code}): refers to arc ${JSON.stringify(bad)}, but the file has ${arcCount} arcs; it may be truncated`,
      );
  });
  if (collection.geometries.length === 0) throw new InputError(file, `object "${objectName}" has no geometries`);

  const areas = collection.geometries.map((geometry): Area => {
    const shape = (feature(topology, geometry as TopoPolygon | TopoMultiPolygon) as Feature<Polygon | MultiPolygon>)
      .geometry;
    const code = geometry.properties!['statcode'] as string;
    const name = (geometry.properties!['statnaam'] as string).trim();
    return { type: 'Feature', id: code, geometry: shape, properties: { code, name } };
  });
  return { topology, objectName, areas };
}
