import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { neighbourLists } from '../../../../src/lib/map/neighbour-lists.ts';

// Three unit squares in a row, A | B | C, that share the arcs between them, and an island D.
const topology: Topology = {
  type: 'Topology',
  arcs: [
    [
      [1, 0],
      [1, 1],
    ], // 0: A|B
    [
      [2, 0],
      [2, 1],
    ], // 1: B|C
    [
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ], // 2: rest of A
    [
      [1, 0],
      [2, 0],
    ], // 3: bottom of B
    [
      [2, 1],
      [1, 1],
    ], // 4: top of B
    [
      [2, 0],
      [3, 0],
      [3, 1],
      [2, 1],
    ], // 5: rest of C
    [
      [5, 5],
      [6, 5],
      [6, 6],
      [5, 5],
    ], // 6: D
  ],
  objects: {
    gemeenten: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'A', arcs: [[0, 2]] },
        { type: 'Polygon', id: 'B', arcs: [[3, 1, 4, ~0]] },
        { type: 'Polygon', id: 'C', arcs: [[5, ~1]] },
        { type: 'Polygon', id: 'D', arcs: [[6]] },
      ],
    },
  },
};

describe('neighbourLists', () => {
  it.each([
    ['A', ['B']],
    ['B', ['A', 'C']],
    ['C', ['B']],
    ['D', []],
  ])('%s borders %j', (code, expected) => {
    expect(neighbourLists(topology)[code]).toEqual(expected);
  });
});
