import * as Plot from '@observablehq/plot';
import { max, median, min } from 'd3-array';
import { plotToSvg } from './plot-svg.ts';

/** One municipality's value of a figure, with the type it got. */
export interface DistributionPoint {
  type: string;
  value: number;
}

/** Rendering options: width, the type order, the value axis and the document to build in. */
export interface DistributionOptions {
  width: number;
  types: string[];
  format: (value: number) => string;
  /** 'log' for figures that span orders of magnitude, such as inhabitants. */
  scale?: 'linear' | 'log';
  document: Document;
}

/**
 * A strip plot: one row per type, one tick per municipality at its value. Shows at a glance how
 * far the types overlap on one figure. Returns static SVG.
 */
export function renderDistribution(points: DistributionPoint[], options: DistributionOptions): string {
  const figure = Plot.plot({
    document: options.document,
    width: options.width,
    height: 26 * options.types.length + 40,
    marginLeft: 170,
    marginRight: 16,
    x: { type: options.scale ?? 'linear', tickFormat: options.format, ticks: 5, grid: true, label: null },
    y: { domain: options.types, label: null },
    marks: [
      // Dark, half-transparent ticks: where many municipalities share a value, the row darkens.
      Plot.tickX(points, { x: 'value', y: 'type', stroke: '#1b1b1b', strokeOpacity: 0.45 }),
    ],
  });
  return plotToSvg(figure);
}

/** How the values of one type spread: how many, the lowest, the median and the highest (undefined where there are none). */
export function spread(values: readonly number[]): {
  count: number;
  low: number | undefined;
  median: number | undefined;
  high: number | undefined;
} {
  return { count: values.length, low: min(values), median: median(values), high: max(values) };
}
