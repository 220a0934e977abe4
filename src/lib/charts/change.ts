import * as Plot from '@observablehq/plot';
import { plotToSvg } from './plot-svg.ts';

/** One year's value of a figure, with how far it may be off where it was published rounded. */
export interface ChangeValue {
  year: string;
  value: number;
  /** Half the width of the range the published figure leaves open (0 or absent: exact). */
  margin?: number;
}

/** One small panel: a figure over the years. */
export interface ChangeSeries {
  label: string;
  values: ChangeValue[];
  /** How a value is written at the ends of the line ("12,3%", "0,46"). */
  format: (value: number) => string;
  /** The least the scale reaches, so that a small difference does not fill the panel. */
  minTop?: number;
}

/** Rendering options: the width of one panel and the document to build the SVG in. */
export interface ChangeOptions {
  width: number;
  document: Document;
}

/** The least top of a share panel: five percentage points, ten times what whole-percent rounding can move a share. */
export const SHARE_MIN_TOP = 0.05;

/**
 * Small multiples of change over time: one small line chart per figure, each with its own scale
 * from zero but never shorter than its `minTop`, a bar through every value that was published
 * rounded (its margin either way), the first and last value written at the ends. Returns one static
 * SVG per series.
 */
export function renderChange(series: readonly ChangeSeries[], options: ChangeOptions): string[] {
  return series.map(({ values, format, minTop = 0 }) => {
    const highest = Math.max(...values.map((v) => v.value + (v.margin ?? 0)));
    const top = Math.max(highest * 1.35, minTop) || 1;
    const ends = [values[0]!, values.at(-1)!];
    const rounded = values.filter((v) => (v.margin ?? 0) > 0);
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
        Plot.ruleX(rounded, {
          x: 'year',
          y1: (v: ChangeValue) => Math.max(0, v.value - v.margin!),
          y2: (v: ChangeValue) => v.value + v.margin!,
          stroke: '#0b5cab',
          strokeOpacity: 0.45,
          strokeWidth: 6,
        }),
        Plot.line(values, { x: 'year', y: 'value', stroke: '#0b5cab', strokeWidth: 2 }),
        Plot.dot(values, { x: 'year', y: 'value', fill: '#0b5cab', r: 3 }),
        Plot.text(ends, {
          x: 'year',
          y: 'value',
          text: (d: ChangeValue) => format(d.value),
          dy: -9,
          fill: '#1b1b1b',
        }),
      ],
    });
    return plotToSvg(figure);
  });
}
