import { describe, expect, it } from 'vitest';
import { joinToBoundaries } from '../../scripts/pipeline/join.ts';
import type { Area } from '../../scripts/pipeline/read-boundaries.ts';
import type { StatisticsRow } from '../../scripts/pipeline/read-statistics.ts';

const code = (i: number) => `GM${String(9000 + i)}`;
const area = (i: number) =>
  ({
    type: 'Feature',
    properties: { code: code(i), name: `Plaats ${i}` },
    geometry: { type: 'Polygon', coordinates: [] },
  }) as Area;
const row = (i: number) => ({ code: code(i), name: `Plaats ${i}`, line: i + 2 }) as StatisticsRow;
const files = { statistics: 'cbs/x.csv', boundaries: 'geo/x.topojson' };

describe('joinToBoundaries', () => {
  it('pairs every row with its boundary', () => {
    const joined = joinToBoundaries([row(1), row(2)], [area(2), area(1)], files);
    expect(joined.map((j) => [j.row.code, j.area.properties.code])).toEqual([
      [code(1), code(1)],
      [code(2), code(2)],
    ]);
  });

  it('names a row without a boundary with its line', () => {
    expect(() => joinToBoundaries([row(1), row(2)], [area(1)], files)).toThrow(
      `cbs/x.csv:4: ${code(2)} (Plaats 2) has no boundary in geo/x.topojson`,
    );
  });

  it.each([
    [2, `${code(1)} (Plaats 1), ${code(2)} (Plaats 2)`],
    [300, `${[1, 2, 3, 4, 5].map((i) => `${code(i)} (Plaats ${i})`).join(', ')} and 295 more`],
  ])('names boundaries without statistics, at most five of %i', (missing, list) => {
    const areas = Array.from({ length: missing + 1 }, (_, i) => area(i));
    expect(() => joinToBoundaries([row(0)], areas, files)).toThrow(
      `geo/x.topojson: boundary without statistics in cbs/x.csv: ${list}`,
    );
  });
});
