import { MAP_COLOURS } from './map-colours.ts';
import { municipalityShapes } from './map-file.ts';
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { dutchProjection } from './projection.ts';
import { RelativePath } from './relative-path.ts';

/**
 * Size of the national map in SVG units. Twice the pixels it gets on a wide screen, so whole-unit
 * coordinates are sharp there and still fine when zoomed: integers keep the inlined map small.
 */
export const MAP_WIDTH = 1200;
/** Height of the national map in SVG units (see MAP_WIDTH). */
export const MAP_HEIGHT = 1400;
const PADDING = 16;
// Rows of the keyboard order: top to bottom, and left to right within a row, like reading.
const READING_ROWS = 16;

/** One municipality's outline as an SVG path. */
export interface MapShape {
  code: string;
  d: string;
}

/**
 * The national map as SVG paths: shapes in reading order and the outline. Inner borders are the
 * shapes' own strokes: a separate border mesh would repeat every shared edge.
 */
export interface MapDrawing {
  shapes: MapShape[];
  coast: string;
}

/**
 * Draws today's municipalities (from the map file) in the Dutch projection,
 * fitted to the map size. Shapes come in reading order, which becomes the keyboard order.
 */
export function drawNationalMap(topology: Topology): MapDrawing {
  const object = municipalityShapes(topology);
  const shapes = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon>;
  const projection = dutchProjection().fitExtent(
    [
      [PADDING, PADDING],
      [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
    ],
    shapes,
  );
  const path = geoPath(projection);
  const svgPath = (object: Parameters<typeof path>[0]) => {
    const context = new RelativePath(0);
    geoPath(projection, context)(object);
    return context.toString();
  };
  const row = (y: number) => Math.floor((y * READING_ROWS) / MAP_HEIGHT);
  const placed = shapes.features
    .map((f: Feature<Polygon | MultiPolygon>) => ({ code: String(f.id), d: svgPath(f), c: path.centroid(f) }))
    .sort((a, b) => row(a.c[1]) - row(b.c[1]) || a.c[0] - b.c[0]);
  return {
    shapes: placed.map(({ code, d }) => ({ code, d })),
    coast: svgPath(mesh(topology, object, (a, b) => a === b)),
  };
}

/**
 * The national map as a standalone SVG image (for a preview card): every municipality filled with
 * the colour `fillOf` gives it, the inner borders in white and the outline in grey.
 */
export function nationalMapSvg(drawing: MapDrawing, fillOf: (code: string) => string): string {
  const shapes = drawing.shapes.map(({ code, d }) => `<path d="${d}" fill="${fillOf(code)}"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">` +
    `<g stroke="#ffffff" stroke-width="1.2">${shapes}</g>` +
    `<path d="${drawing.coast}" fill="none" stroke="${MAP_COLOURS.outline}" stroke-width="1.6"/></svg>`
  );
}
