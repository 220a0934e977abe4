import { MAP_COLOURS } from './map-colours.ts';
import { municipalityShapes } from './map-file.ts';
import { geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { dutchProjection } from './projection.ts';
import { RelativePath } from './relative-path.ts';

type Shape = TopoPolygon | TopoMultiPolygon;

/** A municipality smaller than this across (in drawing units) gets a ring around it, of this radius. */
const SMALL_UNITS = 10;
const RING_RADIUS = 8;

/** Draws small static maps of the country with one municipality marked. */
export interface Locator {
  /**
   * SVG markup of the country with the municipality `code` marked; decorative (aria-hidden), so
   * the page labels it in its own markup, where names are escaped.
   */
  render(code: string): string;
}

/**
 * Prepares locator maps for a map topology (today's municipalities): the national outline is drawn
 * once and reused for every municipality page.
 */
export function locator(topology: Topology, width = 176, height = 205): Locator {
  const collection = municipalityShapes(topology);
  const geometries = collection.geometries as Shape[];
  const country: MultiPolygon = merge(topology, geometries);
  // Drawn in whole units at the size it is shown on a wide screen (11rem): sharp enough, and small
  // as relative path data, which keeps every municipality page light.
  const [w, h] = [width, height];
  const projection = dutchProjection().fitExtent(
    [
      [8, 8],
      [w - 8, h - 8],
    ],
    country,
  );
  const path = (object: Parameters<ReturnType<typeof geoPath>>[0], minStep = 0) => {
    const context = new RelativePath(0, minStep);
    geoPath(projection, context)(object);
    return context.toString();
  };
  // The country's outline thinned to steps of two units, which its size shows no finer.
  const outline = path(country, 2);
  const measure = geoPath(projection);
  return {
    render(code) {
      const geometry = geometries.find((g) => g.id === code);
      const shape = geometry ? (feature(topology, geometry) as Feature<Polygon | MultiPolygon>).geometry : null;
      return (
        `<svg xmlns="http://www.w3.org/2000/svg" class="locator" viewBox="0 0 ${w} ${h}" width="${width}" height="${height}" aria-hidden="true">` +
        `<path d="${outline}" fill="${MAP_COLOURS.neighbour}" stroke="${MAP_COLOURS.outline}" stroke-width="0.8"/>` +
        (shape ? `<path d="${path(shape)}" fill="#0b5cab" stroke="#1b1b1b" stroke-width="1"/>${ring(shape)}` : '') +
        '</svg>'
      );
    },
  };

  // A small municipality (Blaricum is a few units across) would be a sliver: a ring around it shows where it is.
  function ring(shape: Polygon | MultiPolygon): string {
    const [[x0, y0], [x1, y1]] = measure.bounds(shape);
    if (Math.max(x1 - x0, y1 - y0) >= SMALL_UNITS) return '';
    const [cx, cy] = measure.centroid(shape).map(Math.round) as [number, number];
    return `<circle cx="${cx}" cy="${cy}" r="${RING_RADIUS}" fill="none" stroke="#0b5cab" stroke-width="2"/>`;
  }
}
