import { describe, expect, it } from 'vitest';
import {
  between,
  centreOf,
  panBy,
  viewAt,
  zoomAround,
  zoomOf,
  type ViewBox,
} from '../../../../src/lib/map/view-box.ts';

const full: ViewBox = { x: 0, y: 0, width: 1200, height: 1400 };
const MAX = 12;

describe('view box', () => {
  it('zooms around a point that stays where it is on screen', () => {
    const view = zoomAround(full, full, 2, [300, 350], MAX);
    expect(zoomOf(view, full)).toBe(2);
    // The point was a quarter across and a quarter down the view, and still is.
    expect((300 - view.x) / view.width).toBeCloseTo(0.25);
    expect((350 - view.y) / view.height).toBeCloseTo(0.25);
  });

  it.each([
    ['out beyond the whole drawing', 0.5, 1],
    ['in beyond the limit', 100, MAX],
  ])('never zooms %s', (_, by, zoom) => {
    expect(zoomOf(zoomAround(full, full, by, [600, 700], MAX), full)).toBe(zoom);
  });

  it('keeps the view inside the drawing near an edge', () => {
    const view = viewAt(full, 4, [0, 1400], MAX);
    expect(view).toEqual({ x: 0, y: 1050, width: 300, height: 350 });
  });

  it('pans by drawing units, but not past the edge', () => {
    const view = viewAt(full, 2, [600, 700], MAX);
    expect(centreOf(panBy(view, full, 100, -50, MAX))).toEqual([700, 650]);
    expect(panBy(view, full, -5000, 0, MAX).x).toBe(0);
    // At the whole drawing there is nothing to pan.
    expect(panBy(full, full, 100, 100, MAX)).toEqual(full);
  });

  it('animates from one view to another by equal zoom factors', () => {
    const near = viewAt(full, 4, [600, 700], MAX);
    expect(between(full, near, 0)).toEqual(full);
    expect(between(full, near, 1)).toEqual(near);
    expect(zoomOf(between(full, near, 0.5), full)).toBeCloseTo(2);
  });
});
