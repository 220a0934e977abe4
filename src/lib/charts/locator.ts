import { MAP_COLOURS } from './map-colours.ts';
import { municipalityShapes } from '../map-file.ts';
import { geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { dutchProjection } from '../projection.ts';
import { RelativePath } from './relative-path.ts';

type Shape = TopoPolygon | TopoMultiPolygon;

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
export function locator(topology: Topology, width = 220, height = 256): Locator {
  const collection = municipalityShapes(topology);
  const geometries = collection.geometries as Shape[];
  const country: MultiPolygon = merge(topology, geometries);
  // Drawn at twice the size it is shown, in whole units: sharp, and small as relative path data.
  const [w, h] = [width * 2, height * 2];
  const projection = dutchProjection().fitExtent(
    [
      [8, 8],
      [w - 8, h - 8],
    ],
    country,
  );
  const path = (object: Parameters<ReturnType<typeof geoPath>>[0]) => {
    const context = new RelativePath(0);
    geoPath(projection, context)(object);
    return context.toString();
  };
  const outline = path(country);
  return {
    render(code) {
      const geometry = geometries.find((g) => g.id === code);
      const shape = geometry ? path((feature(topology, geometry) as Feature<Polygon | MultiPolygon>).geometry) : '';
      return (
        `<svg xmlns="http://www.w3.org/2000/svg" class="locator" viewBox="0 0 ${w} ${h}" width="${width}" height="${height}" aria-hidden="true">` +
        `<path d="${outline}" fill="${MAP_COLOURS.neighbour}" stroke="${MAP_COLOURS.outline}" stroke-width="1.6"/>` +
        `<path d="${shape}" fill="#0b5cab" stroke="#1b1b1b" stroke-width="2"/></svg>`
      );
    },
  };
}
