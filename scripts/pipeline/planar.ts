import { polygonArea, polygonContains } from 'd3-polygon';
import { dutchProjection } from '../../src/lib/map/projection.ts';
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** A point in kilometres on a plane centred on the Netherlands. */
export type Point = [number, number];
/** A polygon as rings of points (the first ring outside, the others holes). */
export type PlanarPolygon = Point[][];

const EARTH_RADIUS_KM = 6371;

/**
 * The Dutch map projection with one unit per kilometre (d3's stereographic has scale ½ at its
 * centre, hence twice the earth's radius). Distortion stays far below a percent across the country.
 */
const projection = dutchProjection()
  .scale(2 * EARTH_RADIUS_KM)
  .translate([0, 0]);

const project = (position: Position): Point => projection(position as [number, number])!;

/** Projects a (multi)polygon in longitude/latitude onto the kilometre plane. */
export function toPlanar(geometry: Polygon | MultiPolygon): PlanarPolygon[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map(project)));
}

/** Projects lines in longitude/latitude onto the kilometre plane. */
export function linesToPlanar(lines: MultiLineString): Point[][] {
  return lines.coordinates.map((line) => line.map(project));
}

/** Whether a point lies inside a set of polygons (holes excluded). */
export function containsPoint(polygons: PlanarPolygon[], point: Point): boolean {
  return polygons.some((rings) => rings.filter((ring) => polygonContains(ring, point)).length % 2 === 1);
}

/** Area in km² (holes subtracted). */
export function planarArea(polygons: PlanarPolygon[]): number {
  return polygons.reduce(
    (sum, [outer = [], ...holes]) =>
      sum + Math.abs(polygonArea(outer)) - holes.reduce((h, ring) => h + Math.abs(polygonArea(ring)), 0),
    0,
  );
}

/** Axis-aligned bounding box [minX, minY, maxX, maxY]. */
export type Box = [number, number, number, number];

/** The bounding box of a set of polygons. */
export function boundingBox(polygons: PlanarPolygon[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons)
    for (const [x, y] of rings[0] ?? []) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  return box;
}

/** Whether a point lies in a bounding box. */
export function boxContains([x0, y0, x1, y1]: Box, [x, y]: Point): boolean {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/**
 * Points on a regular grid inside the polygons, about `target` of them however large the area:
 * each stands for an equal piece of area, so counting them measures how an area is divided.
 */
export function gridSample(polygons: PlanarPolygon[], target = 400): Point[] {
  const box = boundingBox(polygons);
  const step = Math.sqrt(Math.max(planarArea(polygons), 1e-6) / target);
  const points: Point[] = [];
  for (let x = box[0] + step / 2; x < box[2]; x += step)
    for (let y = box[1] + step / 2; y < box[3]; y += step) {
      if (containsPoint(polygons, [x, y])) points.push([x, y]);
    }
  return points;
}

/** Shortest distance in km from a point to a polyline made of segments. */
export function distanceToLines(point: Point, lines: Point[][]): number {
  let best = Infinity;
  for (const line of lines)
    for (let i = 1; i < line.length; i++) best = Math.min(best, segmentDistance(point, line[i - 1]!, line[i]!));
  return best;
}

function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
