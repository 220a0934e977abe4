import * as Plot from '@observablehq/plot';
import { plotToSvg } from './plot-svg.ts';

/** One small panel: a figure over the years. */
export interface ChangeSeries {
  label: string;
  values: { year: string; value: number }[];
  /** How a value is written at the ends of the line ("12,3%", "0,46"). */
  format: (value: number) => string;
}

/** Rendering options: the width of one panel and the document to build the SVG in. */
export interface ChangeOptions {
  width: number;
  document: Document;
}

/**
 * Small multiples of change over time: one small line chart per figure, each with its own scale
 * from zero (a group of 1% and one of 80% both show how they moved), the first and last value
 * written at the ends. Returns one static SVG per series.
 */
export function renderChange(series: readonly ChangeSeries[], options: ChangeOptions): string[] {
  return series.map(({ values, format }) => {
    const top = Math.max(...values.map((v) => v.value)) * 1.35 || 1;
    const ends = [values[0]!, values.at(-1)!];
    const figure = Plot.plot({
      document: options.document,
      width: options.width,
      height: 92,
      marginTop: 16,
      marginLeft: 14,
      marginRight: 14,
      marginBottom: 20,
      x: { type: 'point', domain: values.map((v) => v.year), label: null, padding: 0.3 },
      y: { domain: [0, top], axis: null },
      marks: [
        Plot.ruleY([0], { stroke: '#8a8a8a' }),
        Plot.line(values, { x: 'year', y: 'value', stroke: '#0b5cab', strokeWidth: 2 }),
        Plot.dot(values, { x: 'year', y: 'value', fill: '#0b5cab', r: 3 }),
        Plot.text(ends, {
          x: 'year',
          y: 'value',
          text: (d: { value: number }) => format(d.value),
          dy: -9,
          fill: '#1b1b1b',
        }),
      ],
    });
    return plotToSvg(figure);
  });
}
