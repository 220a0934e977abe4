import { MAP_COLOURS } from './map-colours.ts';
import { municipalityShapes } from '../map-file.ts';
import { geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { dutchProjection } from '../projection.ts';

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
  const projection = dutchProjection().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    country,
  );
  const path = geoPath(projection).digits(1);
  const outline = path(country) ?? '';
  return {
    render(code) {
      const geometry = geometries.find((g) => g.id === code);
      const shape = geometry
        ? (path((feature(topology, geometry) as Feature<Polygon | MultiPolygon>).geometry) ?? '')
        : '';
      return (
        `<svg xmlns="http://www.w3.org/2000/svg" class="locator" viewBox="0 0 ${width} ${height}" aria-hidden="true">` +
        `<path d="${outline}" fill="${MAP_COLOURS.neighbour}" stroke="${MAP_COLOURS.outline}" stroke-width="0.8"/>` +
        `<path d="${shape}" fill="#0b5cab" stroke="#1b1b1b" stroke-width="1"/></svg>`
      );
    },
  };
}
