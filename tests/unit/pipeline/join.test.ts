import { describe, expect, it } from 'vitest';
import { joinToBoundaries } from '../../../scripts/pipeline/join.ts';
import type { Area } from '../../../scripts/pipeline/read-boundaries.ts';
import type { StatisticsRow } from '../../../scripts/pipeline/read-statistics.ts';

const code = (i: number) => `GM${String(9000 + i)}`;
const area = (i: number) =>
  ({
    type: 'Feature',
    properties: { code: code(i), name: `Plaats ${i}` },
    geometry: { type: 'Polygon', coordinates: [] },
  }) as Area;
const row = (i: number) => ({ code: code(i), name: `Plaats ${i}`, line: i + 2 }) as StatisticsRow;
const files = { statistics: 'cbs/x.csv', boundaries: 'geo/x.topojson', manifest: 'sources.json' };
const named = (i: number, name: string) => ({ ...row(i), name });

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

  it.each([
    ['case and spacing', 'plaats  1'],
    ['accents', 'Pláats 1'],

    ['a hyphen for a space', 'Plaats-1'],
  ])('takes names that differ only in %s as the same', (_, name) => {
    expect(joinToBoundaries([named(1, name)], [area(1)], files)).toHaveLength(1);
  });

  it('takes a province mark with or without full stops as the same, and tells two marks apart', () => {
    const marked = (name: string) => ({ ...area(1), properties: { code: code(1), name } }) as Area;
    expect(joinToBoundaries([named(1, 'Bergen (NH.)')], [marked('Bergen (NH)')], files)).toHaveLength(1);
    expect(() => joinToBoundaries([named(1, 'Bergen (L.)')], [marked('Bergen (NH.)')], files)).toThrow(
      /Bergen \(L\.\)/,
    );
  });

  it('takes a Frisian and a Dutch name CBS has used for one municipality as the same', () => {
    const frisian = { ...area(1), properties: { code: code(1), name: 'Tytsjerksteradiel' } } as Area;
    expect(joinToBoundaries([named(1, 'Tietjerksteradeel')], [frisian], files)).toHaveLength(1);
  });

  it('stops at a code the two files give different names, with the line, the code and both names', () => {
    expect(() => joinToBoundaries([row(1), named(2, 'Plaats 3')], [area(1), area(2)], files)).toThrow(
      `cbs/x.csv:4: ${code(2)} is "Plaats 3" here but "Plaats 2" in geo/x.topojson: the rows may be shifted or mixed up`,
    );
  });

  it('stops at other punctuation, which a typo changes', () => {
    expect(() => joinToBoundaries([named(1, 'Plaats. 1')], [area(1)], files)).toThrow(`is "Plaats. 1" here`);
  });

  const listed = { code: code(1), statistics: 'Plaats, 1', boundaries: 'Plaats 1', reason: 'a typo at CBS' };
  it('accepts a difference the manifest lists with its reason', () => {
    expect(joinToBoundaries([named(1, 'Plaats, 1')], [area(1)], files, [listed])).toHaveLength(1);
  });

  it.each([
    ['no longer matches the files', [named(1, 'Plaats; 1')], `nameDifferences lists ${code(1)} as "Plaats, 1"`],
    ['names a code the file does not have', [row(2)], `nameDifferences lists ${code(1)}, which is not in cbs/x.csv`],
  ])('stops when a listed difference %s', (_, rows, message) => {
    const areas = rows.map((r) => area(Number(r.code.slice(2)) - 9000));
    expect(() => joinToBoundaries(rows, areas, files, [listed])).toThrow(`sources.json: ${message}`);
  });
});
