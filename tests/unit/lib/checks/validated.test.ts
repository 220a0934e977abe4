import { describe, expect, it } from 'vitest';
import { mapFileSchema } from '../../../../src/lib/figures/dataset-schema.ts';
import { InputError } from '../../../../src/lib/checks/input-error.ts';
import { MAP_OBJECT } from '../../../../src/lib/map/map-file.ts';
import { validated } from '../../../../src/lib/checks/validated.ts';

/** A map file with one square municipality: the smallest that the schema accepts. */
const mapFile = (geometry: Record<string, unknown>) => ({
  type: 'Topology',
  bbox: [3, 50, 7, 54],
  transform: { scale: [0.001, 0.001], translate: [3, 50] },
  objects: { [MAP_OBJECT]: { type: 'GeometryCollection', geometries: [geometry] } },
  arcs: [
    [
      [0, 0],
      [10, 0],
      [0, 10],
      [-10, 0],
      [0, -10],
    ],
  ],
});

describe('validated: a generated file checked against its schema', () => {
  it('returns a valid map file as it is', () => {
    const file = mapFile({ type: 'Polygon', id: 'GM0014', arcs: [[0]] });
    expect(validated(mapFileSchema, file, 'src/data/map.topo.json')).toEqual(file);
  });

  it.each([
    ['a code that is not a municipality code', { type: 'Polygon', id: 'PV20', arcs: [[0]] }, /geometries\.0\.id/],
    ['a geometry without a code', { type: 'Polygon', arcs: [[0]] }, /geometries\.0\.id/],
    ['a point where a polygon belongs', { type: 'Point', id: 'GM0014', coordinates: [0, 0] }, /geometries\.0\.type/],
    ['a multipolygon with polygon arcs', { type: 'MultiPolygon', id: 'GM0014', arcs: [0] }, /geometries\.0\.arcs/],
  ])('stops on %s, naming the file and the path to the problem', (_, geometry, path) => {
    const check = () => validated(mapFileSchema, mapFile(geometry), 'src/data/map.topo.json');
    expect(check).toThrow(InputError);
    expect(check).toThrow(/^src\/data\/map\.topo\.json: /);
    expect(check).toThrow(path);
  });

  it('lists every problem at once, the top level included', () => {
    const check = () => validated(mapFileSchema, { type: 'Topology' }, 'map.json');
    expect(check).toThrow(/bbox: .*transform: .*objects: .*arcs: /);
    expect(() => validated(mapFileSchema, [], 'map.json')).toThrow(/\(top level\)/);
  });
});
