import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Objects,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { MAP_OBJECT, municipalityShapes } from '../../src/lib/map/map-file.ts';
import type { Boundaries } from './read-boundaries.ts';
import { planarArea, toPlanar } from './planar.ts';

/** Settings for the site's map geometry. */
export interface MapGeometryOptions {
  /** Points whose triangle (in degrees²) is smaller than this are dropped. */
  minWeight: number;
  /** Grid size of the quantized coordinates. */
  quantization: number;
}

/**
 * Geometry sized for one national map: the CBS file is generalised already (about 13 points per
 * municipality), so simplification only drops near-straight points; quantization does the rest.
 */
export const MAP_GEOMETRY_DEFAULTS: MapGeometryOptions = { minWeight: 1e-5, quantization: 1e4 };

/**
 * Today's boundaries as a small TopoJSON for the site: only the municipality code is kept (as the
 * geometry id), points are simplified and coordinates quantized. Simplification runs on the
 * shared arcs, so neighbouring municipalities still meet exactly. Rings made of one or two arcs
 * (islands, enclaves) keep a few points each so that no municipality collapses.
 */
export function mapGeometry(
  boundaries: Boundaries,
  options: MapGeometryOptions = MAP_GEOMETRY_DEFAULTS,
): Topology<Objects> {
  const source = boundaries.topology.objects[boundaries.objectName] as GeometryCollection;
  const geometries = (source.geometries as (TopoPolygon | TopoMultiPolygon)[]).map((g, index) => ({
    type: g.type,
    arcs: g.arcs,
    id: boundaries.areas[index]!.properties.code,
  })) as (TopoPolygon | TopoMultiPolygon)[];
  const stripped: Topology<Objects> = {
    type: 'Topology',
    arcs: boundaries.topology.arcs,
    ...(boundaries.topology.transform ? { transform: boundaries.topology.transform } : {}),
    objects: { [MAP_OBJECT]: { type: 'GeometryCollection', geometries } },
  };
  const weighted = presimplify(stripped);
  protectSmallRings(weighted);
  return quantize(simplify(weighted, options.minWeight), options.quantization);
}

/** Areas (km²) of each municipality in a map topology, by code, to check that shapes survive. */
export function mapAreas(topology: Topology<Objects>): Map<string, number> {
  const collection = municipalityShapes(topology);
  return new Map(
    collection.geometries.map((g) => {
      const f = feature(topology, g) as Feature<Polygon | MultiPolygon>;
      return [String(g.id), planarArea(toPlanar(f.geometry))];
    }),
  );
}

/** Gives the highest-weight points of short rings an infinite weight, so simplify keeps them. */
function protectSmallRings(topology: Topology<Objects>): void {
  const arcs = topology.arcs as unknown as [number, number, number][][];
  const collection = municipalityShapes(topology);
  for (const geometry of collection.geometries) {
    const polygons =
      geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    for (const ring of polygons.flat()) {
      if (ring.length > 2) continue; // three or more arcs keep at least their three end points
      for (const index of ring) {
        const arc = arcs[index < 0 ? ~index : index]!;
        const interior = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
        for (const point of interior.slice(0, ring.length === 1 ? 3 : 2)) point[2] = Infinity;
      }
    }
  }
}
