import { describe, expect, it } from 'vitest';
import { formerLookup, isSplit, namedWithSuccessors, yearsWithMergers } from '../../src/lib/history.ts';
import { former, municipality, reference, today } from '../helpers/dataset.ts';

describe('how today’s municipalities came about (real data)', () => {
  it.each([
    ['GM1952', 'Midden-Groningen, formed in 2018', ['2015']],
    ['GM0363', 'Amsterdam, which took in Weesp in 2022', ['2015', '2022']],
    ['GM0599', 'Rotterdam, unchanged', []],
  ])('%s (%s) was made up of others in %j', (code, _, years) => {
    expect(yearsWithMergers(municipality(code), ['2015', '2022'])).toEqual(years);
  });

  it('looks up a municipality of an earlier year, and refuses one that did not exist', () => {
    const lookUp = formerLookup(former);
    expect(lookUp('2015', 'GM0010').name).toBe('Delfzijl');
    expect(lookUp('2015', 'GM0010').successor).toBe('GM1979');
    expect(() => lookUp('2022', 'GM0010')).toThrow('no municipality GM0010 in 2022');
  });

  it('names, for each municipality the WRR names as an example of a type, the municipality it is now part of', () => {
    const named = namedWithSuccessors(reference.municipalities, 'specifieke-minderheid', '2015', former, today);
    expect(named.map((r) => [r.name, r.successor.name])).toEqual([
      ['Almelo', 'Almelo'],
      ['Delfzijl', 'Eemsdelta'],
      ['Den Helder', 'Den Helder'],
      ['Gouda', 'Gouda'],
      ['Leerdam', 'Vijfheerenlanden'],
    ]);
  });

  it('calls a municipality split when a second part holds at least a fifth of its area', () => {
    expect(isSplit({ parts: [{ share: 0.79 }, { share: 0.21 }] })).toBe(true);
    expect(isSplit({ parts: [{ share: 0.9 }, { share: 0.1 }] })).toBe(false);
    expect(isSplit({ parts: [{ share: 1 }] })).toBe(false);
  });
});
