import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderDistribution, spread } from '../../../../src/lib/charts/distribution.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

describe('spread of one type', () => {
  it.each([
    [[3, 1, 2], { count: 3, low: 1, median: 2, high: 3 }],
    // With an even count the median lies halfway between the two middle values.
    [[4, 1, 2, 3], { count: 4, low: 1, median: 2.5, high: 4 }],
    [[7], { count: 1, low: 7, median: 7, high: 7 }],
    [[], { count: 0, low: undefined, median: undefined, high: undefined }],
  ])('of %j is %j', (values, expected) => {
    expect(spread(values)).toEqual(expected);
  });
});

describe('renderDistribution', () => {
  const points = [
    { type: 'A', value: 0.1 },
    { type: 'A', value: 0.4 },
    { type: 'B', value: 0.9 },
  ];
  const svg = renderDistribution(points, {
    width: 400,
    types: ['A', 'B', 'C'],
    format: (v) => `${Math.round(v * 100)}%`,
    document,
  });

  it('draws one tick per municipality, ordered by value within the chart width', () => {
    const { document: chart } = parseHTML(svg);
    const ticks = [...chart.querySelectorAll('g[stroke-opacity="0.45"] line')];
    expect(ticks).toHaveLength(points.length);
    const xs = ticks.map((t) => Number(t.getAttribute('x1')));
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    expect(Math.max(...xs)).toBeLessThanOrEqual(400);
  });

  it('gives every type a row, also one without municipalities, and labels the axis with the format', () => {
    for (const label of ['A', 'B', 'C']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toMatch(/>\d+%<\/text>/);
  });
});
