import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { placeTowns, type Town } from '../../../../src/lib/search/place-towns.ts';

// Two squares side by side (degrees), wound clockwise as d3-geo expects of an outer ring, and a
// municipality of two islands.
const square = (west: number, south: number, size = 1): [number, number][] => [
  [west, south],
  [west, south + size],
  [west + size, south + size],
  [west + size, south],
  [west, south],
];
const municipalities: Feature<Geometry>[] = [
  { type: 'Feature', id: 'GM0001', properties: {}, geometry: { type: 'Polygon', coordinates: [square(5, 52)] } },
  { type: 'Feature', id: 'GM0002', properties: {}, geometry: { type: 'Polygon', coordinates: [square(6, 52)] } },
  {
    type: 'Feature',
    id: 'GM0003',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: [[square(4, 53, 0.2)], [square(4.5, 53, 0.2)]] },
  },
];
const town = (name: string, lon: number, lat: number): Town => ({ name, lon, lat });

describe('placeTowns', () => {
  it.each([
    ['in the first square', town('Oost', 5.5, 52.5), 'GM0001'],
    ['in the second square', town('West', 6.2, 52.9), 'GM0002'],
    ['on the first island', town('Eiland', 4.1, 53.1), 'GM0003'],
    ['on the second island', town('Ander eiland', 4.6, 53.1), 'GM0003'],
    ['in the water between the islands', town('Zee', 4.35, 53.1), undefined],
    ['across the border', town('Buitenland', 7.5, 52.5), undefined],
  ])('a town %s goes to %s', (_where, t, code) => {
    const placed = placeTowns([t], municipalities);
    if (code) {
      expect(placed.byCode.get(code)).toEqual([t.name]);
      expect(placed.outside).toEqual([]);
    } else {
      expect([...placed.byCode.values()].flat()).toEqual([]);
      expect(placed.outside).toEqual([t]);
    }
  });

  it('keeps every town of a municipality, in the gazetteer order, and counts the ones outside', () => {
    const placed = placeTowns(
      [town('B', 5.2, 52.2), town('Zee', 3, 52), town('A', 5.8, 52.8), town('C', 6.5, 52.5)],
      municipalities,
    );
    expect(Object.fromEntries(placed.byCode)).toEqual({ GM0001: ['B', 'A'], GM0002: ['C'] });
    expect(placed.outside.map((t) => t.name)).toEqual(['Zee']);
  });
});
