import { describe, expect, it } from 'vitest';
import {
  formerLookup,
  isSplit,
  namedExamples,
  receivedParts,
  splitMunicipalities,
  yearsWithMergers,
} from '../../../../src/lib/figures/history.ts';
import { former, municipality, today } from '../../../helpers/dataset.ts';

describe('how today’s municipalities came about (real data)', () => {
  it.each([
    ['GM1952', 'Midden-Groningen, formed in 2018', [2015]],
    ['GM0363', 'Amsterdam, which took in Weesp in 2022', [2015, 2022]],
    ['GM0599', 'Rotterdam, unchanged', []],
  ])('%s (%s) was made up of others in %j', (code, _, years) => {
    expect(yearsWithMergers(municipality(code), [2015, 2022])).toEqual(years);
  });

  it('looks up a municipality of an earlier year, and refuses one that did not exist', () => {
    const lookUp = formerLookup(former);
    expect(lookUp(2015, 'GM0010').name).toBe('Delfzijl');
    expect(lookUp(2015, 'GM0010').successor).toBe('GM1979');
    expect(() => lookUp(2022, 'GM0010')).toThrow('no municipality GM0010 in 2022');
  });

  it('names, for each municipality named as an example of a type, who names it and the municipality it is now part of', () => {
    const named = namedExamples('specifieke-minderheid', 2015, former, today);
    expect(named.map((r) => [r.name, r.by, r.successor.name])).toEqual([
      ['Almelo', 'wrr', 'Almelo'],
      ['Delfzijl', 'wrr', 'Eemsdelta'],
      ['Den Helder', 'wrr', 'Den Helder'],
      ['Gouda', 'wrr', 'Gouda'],
      ['Leerdam', 'wrr', 'Vijfheerenlanden'],
    ]);
    // Aalsmeer is named only in an interview in the portfolio, not in its WRR part.
    expect(namedExamples('tuinbouw', 2015, former, today).find((r) => r.name === 'Aalsmeer')!.by).toBe('vng');
  });

  it('calls a named municipality that still exists under its code by today’s official name', () => {
    const average = namedExamples('gemiddeld', 2015, former, today);
    expect(former.find((f) => f.year === 2015 && f.code === 'GM0164')!.name).toBe('Hengelo');
    expect(average.find((r) => r.code === 'GM0164')!.name).toBe('Hengelo (O.)');
    expect(average.find((r) => r.code === 'GM0687')!.name).toBe('Middelburg (Z.)');
  });

  it('calls a municipality split when a second part holds at least a fifth of its area', () => {
    expect(isSplit({ parts: [{ share: 0.79 }, { share: 0.21 }] })).toBe(true);
    expect(isSplit({ parts: [{ share: 0.9 }, { share: 0.1 }] })).toBe(false);
    expect(isSplit({ parts: [{ share: 1 }] })).toBe(false);
  });

  it('lists each split municipality once, with its years and the parts worth naming', () => {
    const splits = splitMunicipalities(former);
    expect(splits.map((s) => [s.name, s.years])).toEqual([
      // Haaren was split in 2021, Littenseradiel in 2018, Winsum merged in 2019.
      ['Haaren', [2015, 2017, 2018, 2019]],
      ['Littenseradiel', [2015, 2017]],
      ['Winsum', [2015, 2017, 2018]],
    ]);
    const haaren = splits[0]!;
    expect(haaren.successor).toBe(haaren.parts[0]!.code);
    expect(haaren.parts.every((p) => p.share >= 0.05)).toBe(true);
    // Boxtel's part of Haaren (Esch) is under a fifth of the area, yet a real part.
    expect(haaren.parts.map((p) => p.code)).toContain('GM0757');
  });

  it.each([
    ['GM0757', 'Boxtel, which got part of Haaren', ['Haaren']],
    ['GM0865', 'Vught, which counts all of Haaren', []],
    ['GM0599', 'Rotterdam', []],
  ])('%s (%s) received parts of %j', (code, _, names) => {
    expect(receivedParts(code, splitMunicipalities(former)).map((s) => s.name)).toEqual(names);
  });
});
