import { geoIdentity, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { RelativePath } from '../../../../src/lib/map/relative-path.ts';

const draw = (coordinates: [number, number][][], digits = 1, minStep = 0) => {
  const context = new RelativePath(digits, minStep);
  geoPath(geoIdentity(), context)({ type: 'Polygon', coordinates });
  return context.toString();
};

describe('RelativePath', () => {
  it('writes relative moves and lines with the fewest characters', () => {
    expect(
      draw([
        [
          [10, 10],
          [20, 10],
          [20, 20.25],
          [10, 20],
          [10, 10],
        ],
      ]),
    ).toBe('m10,10 10,0 0,10.3-10-.3z');
  });

  it('passes over points closer than the minimum step to the last one drawn', () => {
    const ring: [number, number][] = [
      [0, 0],
      [1, 0],
      [3, 0],
      [3, 1],
      [3, 3],
      [0, 3],
      [0, 0],
    ];
    expect(draw([ring], 0)).toBe('m0,0 1,0 2,0 0,1 0,2-3,0z');
    expect(draw([ring], 0, 2)).toBe('m0,0 3,0 0,3-3,0z');
  });

  it('starts each ring with a move relative to where the last one closed', () => {
    const square = (x: number): [number, number][] => [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ];
    expect(draw([square(0), square(5)], 0)).toBe('m0,0 1,0 0,1-1,0zm5,0 1,0 0,1-1,0z');
  });

  it('rounds positions, not steps, so a long line does not drift', () => {
    // Twenty steps of 0.04 reach 0.8; rounding each step to one decimal would give 0.
    const steps = Array.from({ length: 21 }, (_, i): [number, number] => [i * 0.04, 0]);
    const numbers = draw([[...steps, [0.8, 1], [0, 0]]])
      .match(/-?\d*\.?\d+/g)!
      .map(Number);
    const x = numbers.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0);
    expect(x).toBeCloseTo(0.8);
  });
});
