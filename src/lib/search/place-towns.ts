import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';

/** A town or village from the gazetteer: its name and where it lies (degrees, WGS 84). */
export interface Town {
  name: string;
  lon: number;
  lat: number;
}

/** Towns by the code of the municipality they lie in, and the towns that lie in none. */
export interface PlacedTowns {
  byCode: Map<string, string[]>;
  outside: Town[];
}

/**
 * Places each town in the municipality whose boundary contains it (d3-geo's geoContains, on the
 * sphere). A town in no municipality (a point in the sea or across the border) goes to `outside`.
 * Each boundary's bounding box is checked first, which spares most of the exact tests.
 */
export function placeTowns(towns: readonly Town[], municipalities: readonly Feature<Geometry>[]): PlacedTowns {
  const areas = municipalities.map((feature) => ({ feature, code: String(feature.id), bounds: geoBounds(feature) }));
  const byCode = new Map<string, string[]>();
  const outside: Town[] = [];
  for (const town of towns) {
    const point: [number, number] = [town.lon, town.lat];
    const area = areas.find(({ feature, bounds: [[west, south], [east, north]] }) => {
      const inBox = town.lon >= west && town.lon <= east && town.lat >= south && town.lat <= north;
      return inBox && geoContains(feature, point);
    });
    if (!area) outside.push(town);
    else byCode.set(area.code, [...(byCode.get(area.code) ?? []), town.name]);
  }
  return { byCode, outside };
}
