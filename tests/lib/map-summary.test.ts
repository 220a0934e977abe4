import { describe, expect, it } from 'vitest';
import { changedBetween, mapLabel, mapSummary } from '../../src/lib/map-summary.ts';
import { municipality } from '../helpers/dataset.ts';

const years = ['2015', '2017', '2022'];
const summary = mapSummary(['GM0164', 'GM0866', 'GM0599'].map(municipality), years);
const [hengelo, waalre, rotterdam] = summary.municipalities;

describe('map summary (real data)', () => {
  it.each([
    ['Hengelo: named "gemiddeld" in 2015 but the same type by the rules throughout', hengelo, false],
    ['Waalre: its type by the rules changed', waalre, true],
    ['Rotterdam: the same type throughout', rotterdam, false],
  ])('%s', (_, m, changed) => {
    expect(changedBetween(m!, 0, 2)).toBe(changed);
  });

  it('labels a shape with the shown type and whether the WRR names it', () => {
    expect(hengelo!.types[0]).not.toBe(hengelo!.derived[0]);
    expect(mapLabel(hengelo!, 0, summary.years)).toMatch(
      /^Hengelo \(O\.\): gemiddelde gemeente \(genoemd door de WRR\), [\d.]+ inwoners in 2015$/,
    );
  });
});
