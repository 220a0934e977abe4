import * as Plot from '@observablehq/plot';
import { formatShare } from '../words/format.ts';
import { plotToSvg } from './plot-svg.ts';

/** One point of a composition chart: a group's share in one series (a place in a year). */
export interface CompositionPoint {
  group: string;
  series: string;
  share: number;
}

/** How one series is drawn. */
export interface SeriesStyle {
  name: string;
  colour: string;
  /** Filled dot, open dot, small dot (a year in between), or a tick for a reference such as the national average. */
  mark: 'dot' | 'ring' | 'small' | 'tick';
}

/** Rendering options: the chart width, the series and the document to build the SVG in. */
export interface ChartOptions {
  width: number;
  series: SeriesStyle[];
  groups: string[];
  document: Document;
}

/**
 * A dot plot of origin groups (rows) and their shares, one mark per series: the municipality
 * in each year as dots, the national average as ticks. Returns static SVG.
 */
export function renderComposition(points: CompositionPoint[], options: ChartOptions): string {
  const { width, series, groups, document } = options;
  const of = (mark: SeriesStyle['mark']) => {
    const names = new Set(series.filter((s) => s.mark === mark).map((s) => s.name));
    return points.filter((p) => names.has(p.series));
  };
  const colour = Object.fromEntries(series.map((s) => [s.name, s.colour]));
  const figure = Plot.plot({
    document,
    width,
    height: 30 * groups.length + 40,
    marginLeft: Math.min(170, width * 0.38),
    marginRight: 24,
    x: { domain: [0, 1], tickFormat: formatShare, ticks: width < 420 ? 4 : 10, grid: true, label: null },
    y: { domain: groups, label: null },
    marks: [
      Plot.ruleX([0]),
      Plot.link(
        groups.map((group) => {
          const shares = points.filter(
            (p) => p.group === group && series.find((s) => s.name === p.series)?.mark !== 'tick',
          );
          return { group, from: Math.min(...shares.map((p) => p.share)), to: Math.max(...shares.map((p) => p.share)) };
        }),
        { x1: 'from', x2: 'to', y1: 'group', y2: 'group', stroke: '#8a8a8a' },
      ),
      Plot.tickX(of('tick'), {
        x: 'share',
        y: 'group',
        stroke: (p: CompositionPoint) => colour[p.series],
        strokeWidth: 2.5,
      }),
      Plot.dot(of('ring'), {
        x: 'share',
        y: 'group',
        r: 5,
        stroke: (p: CompositionPoint) => colour[p.series],
        strokeWidth: 2,
        fill: 'white',
      }),
      Plot.dot(of('small'), { x: 'share', y: 'group', r: 3, fill: (p: CompositionPoint) => colour[p.series] }),
      Plot.dot(of('dot'), { x: 'share', y: 'group', r: 5, fill: (p: CompositionPoint) => colour[p.series] }),
    ],
  });
  return plotToSvg(figure);
}
