import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { mesh, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Geography } from '../../src/lib/figures/dataset-schema.ts';
import { roundTo } from '../../src/lib/figures/round.ts';
import { BIG_THREE } from '../../src/lib/typology/wrr-types.ts';
import type { Boundaries } from './read-boundaries.ts';
import { distanceToLines, linesToPlanar, planarArea, toPlanar, type Point } from './planar.ts';

const NETHERLANDS = '528';
const NEIGHBOURS = new Set(['276', '056']); // Germany, Belgium (ISO 3166 numeric, as in Natural Earth)
// How far from Natural Earth's coarse border line a stretch of our own outline may lie and still
// count as land border (rather than coast).
const BORDER_TOLERANCE_KM = 4;

/** The Dutch–German and Dutch–Belgian border from Natural Earth (world-atlas, 1:10m). */
export async function naturalEarthBorder(): Promise<Point[][]> {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  const world = JSON.parse(await readFile(path, 'utf8')) as Topology;
  const isNetherlands = (g: { id?: string | number }) => String(g.id) === NETHERLANDS;
  const isNeighbour = (g: { id?: string | number }) => NEIGHBOURS.has(String(g.id));
  const lines = mesh(
    world,
    world.objects['countries'] as GeometryCollection,
    (a, b) => (isNetherlands(a) && isNeighbour(b)) || (isNetherlands(b) && isNeighbour(a)),
  );
  return linesToPlanar(lines);
}

/**
 * The land border as drawn in a boundary file: the stretches of the national outline that run
 * along Natural Earth's border line. Using the file's own outline means a municipality on the
 * border measures exactly 0 km, whatever the generalisation of either source.
 */
function landBorder(boundaries: Boundaries, coarseBorder: Point[][]): Point[][] {
  const { topology, objectName } = boundaries;
  const outline = linesToPlanar(mesh(topology, topology.objects[objectName] as GeometryCollection, (a, b) => a === b));
  const stretches: Point[][] = [];
  for (const line of outline) {
    let stretch: Point[] = [];
    for (const point of line) {
      if (distanceToLines(point, coarseBorder) <= BORDER_TOLERANCE_KM) {
        stretch.push(point);
        continue;
      }
      if (stretch.length > 1) stretches.push(stretch);
      stretch = [];
    }
    if (stretch.length > 1) stretches.push(stretch);
  }
  return stretches;
}

/** Area, border distance and big-city neighbours of every area in a boundary file, by code. */
export function geographyOf(boundaries: Boundaries, coarseBorder: Point[][]): Map<string, Geography> {
  const border = landBorder(boundaries, coarseBorder);
  const collection = boundaries.topology.objects[boundaries.objectName] as GeometryCollection;
  const adjacency = neighbors(collection.geometries);
  const codes = boundaries.areas.map((a) => a.properties.code);
  return new Map(
    boundaries.areas.map((area, index) => {
      const polygons = toPlanar(area.geometry);
      let distance = Infinity;
      for (const rings of polygons)
        for (const ring of rings)
          for (const point of ring) distance = Math.min(distance, distanceToLines(point, border));
      const bigCityNeighbours = adjacency[index]!.map((i) => codes[i]!).filter((code) => code in BIG_THREE);
      return [
        area.properties.code,
        {
          areaKm2: roundTo(planarArea(polygons), 2),
          borderDistanceKm: distance < 0.05 ? 0 : roundTo(distance, 1),
          bigCityNeighbours: [...new Set(bigCityNeighbours)].sort(),
        },
      ];
    }),
  );
}
