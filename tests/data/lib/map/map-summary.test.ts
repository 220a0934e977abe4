import { describe, expect, it } from 'vitest';
import { changedBetween, mapLabel, mapSummary } from '../../../../src/lib/map/map-summary.ts';
import { municipality } from '../../../helpers/dataset.ts';

const years = [2015, 2017, 2022];
const summary = mapSummary(['GM0164', 'GM0866', 'GM0363', 'GM0599'].map(municipality), years);
const [hengelo, waalre, amsterdam, rotterdam] = summary.municipalities;

describe('map summary (real data)', () => {
  it.each([
    ['Hengelo: named "gemiddeld" in 2015 but the same type by the rules throughout', hengelo, false],
    ['Waalre: its type by the rules changed', waalre, true],
    ['Amsterdam: the same type throughout', amsterdam, false],
    ['Rotterdam: another type by the rules in 2015, below half Dutch only from 2018', rotterdam, true],
  ])('%s', (_, m, changed) => {
    expect(changedBetween(m!, 0, 2)).toBe(changed);
  });

  it('does not count a type that differs only within the rounding of either year: Rotterdam 2017 (50% Dutch) and 2022', () => {
    expect(rotterdam!.derived?.[1]).not.toBe(rotterdam!.derived?.[2] ?? rotterdam!.types[2]);
    expect(changedBetween(rotterdam!, 1, 2)).toBe(false);
  });

  it('labels a shape with the shown type and who names it: Hengelo only the VNG portfolio', () => {
    expect(hengelo!.types[0]).not.toBe(hengelo!.derived?.[0]);
    expect(mapLabel(hengelo!, 0)).toBe('Hengelo (O.): gemiddelde gemeente (genoemd in het VNG-portfolio)');
    expect(mapLabel(amsterdam!, 0)).toContain('(genoemd door de WRR)');
  });

  it('labels an open type by the rules with the other types it could be, and why', () => {
    const open = {
      ...amsterdam!,
      namedBy: [null, null, null],
      open: [{ rounding: ['voorstad'], rules: ['grootstedelijk'] }],
    };
    expect(mapLabel(open as typeof amsterdam & object, 0)).toContain(
      'meerderheid-minderhedenstad, of voorstad of grootstedelijke provinciegemeente (twijfelgeval: afronding en regels)',
    );
  });

  it('leaves out lists that would only repeat the types or hold nothing', () => {
    // Hengelo is named "gemiddeld" in 2015 but typed otherwise by the rules: both lists are kept.
    expect(hengelo!.derived).toBeDefined();
    expect(hengelo!.namedBy?.[0]).toBe('vng');
    // Amsterdam is of its named type by the rules too: no second list of the same types.
    expect(amsterdam).not.toHaveProperty('derived');
    expect(amsterdam!.namedBy?.[0]).toBe('wrr');
    expect(changedBetween(amsterdam!, 0, 2)).toBe(false);
    // A municipality no source names and with no examples carries neither.
    const plain = mapSummary([municipality('GM1680')], years).municipalities[0]!;
    expect(plain).not.toHaveProperty('namedBy');
    expect(plain).not.toHaveProperty('examples');
  });
});
