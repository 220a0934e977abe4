import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderChange, SHARE_MIN_TOP, type ChangeValue } from '../../../../src/lib/charts/change.ts';
import { formatShare } from '../../../../src/lib/words/format.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** The vertical pixel positions of the line through the values. */
function lineYs(svg: string): number[] {
  // The line is the path in the group stroked in the line's colour (the axis ticks are paths too).
  const d = /stroke="#0b5cab" fill="none"><path d="([^"]+)"/.exec(svg)![1]!;
  return [...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
}

const render = (values: ChangeValue[], minTop?: number) =>
  renderChange([{ label: 'Antilliaans', values, format: formatShare, minTop }], { width: 168, document })[0]!;

describe('renderChange', () => {
  // Tiel's Antillean share: 0% in a whole-percent year, 0.4% when counted exactly.
  const small = [
    { year: '2015', value: 0 },
    { year: '2022', value: 0.004 },
  ];

  it.each([
    [undefined, (rise: number) => expect(rise).toBeGreaterThan(40)],
    [SHARE_MIN_TOP, (rise: number) => expect(rise).toBeLessThan(5)],
  ])('with a least top of %s, a rise of 0.4 point fills the panel only without one', (minTop, check) => {
    const [first, last] = lineYs(render(small, minTop));
    check(first! - last!);
  });

  it('draws a bar through each value published rounded, and none through exact ones', () => {
    const svg = render([
      { year: '2015', value: 0.01, margin: 0.005 },
      { year: '2017', value: 0.01, margin: 0.005 },
      { year: '2022', value: 0.006 },
    ]);
    expect(svg.match(/<line /g)?.length ?? 0).toBe(2 + 1); // two bars and the zero rule
  });
});
