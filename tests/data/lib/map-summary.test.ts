import { describe, expect, it } from 'vitest';
import { changedBetween, mapLabel, mapSummary } from '../../../src/lib/map-summary.ts';
import { municipality } from '../../helpers/dataset.ts';

const years = [2015, 2017, 2022];
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

  it('labels a shape with the shown type and who names it: Hengelo only the VNG portfolio', () => {
    expect(hengelo!.types[0]).not.toBe(hengelo!.derived[0]);
    expect(mapLabel(hengelo!, 0, summary.years)).toMatch(
      /^Hengelo \(O\.\): gemiddelde gemeente \(genoemd in het VNG-portfolio\), [\d.]+ inwoners in 2015$/,
    );
    expect(mapLabel(rotterdam!, 0, summary.years)).toContain('(genoemd door de WRR)');
  });

  it('labels an open type by the rules with the other types it could be, and why', () => {
    const open = {
      ...rotterdam!,
      namedBy: [null, null, null],
      open: [{ rounding: ['voorstad'], rules: ['grootstedelijk'] }],
    };
    expect(mapLabel(open as typeof rotterdam & object, 0, summary.years)).toContain(
      'meerderheid-minderhedenstad, of voorstad of grootstedelijke provinciegemeente (twijfelgeval: afronding en regels)',
    );
  });
});
