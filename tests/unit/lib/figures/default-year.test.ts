import { describe, expect, it } from 'vitest';
import { defaultYear } from '../../../../src/lib/figures/default-year.ts';
import type { MapMunicipality } from '../../../../src/lib/map/map-summary.ts';

const entry = (types: (string | null)[]): MapMunicipality =>
  ({ code: 'GM0001', name: 'A', inhabitants: types.map(() => 1), types }) as unknown as MapMunicipality;

describe('the year the map and the table open on', () => {
  it.each<[string, number[], (string | null)[][], number]>([
    ['the newest year when every year has types', [2015, 2022], [['voorstad', 'expat']], 2022],
    ['one year only', [2015], [['homogeen']], 2015],
    [
      'the newest year with a type, passing over a newer year without',
      [2015, 2022, 2023],
      [['voorstad', 'expat', null]],
      2022,
    ],
    [
      'a year in which one municipality has a type counts',
      [2015, 2022],
      [
        ['voorstad', null],
        [null, 'grens'],
      ],
      2022,
    ],
    ['a newer year whose entries are not types at all', [2019, 2022, 2023], [['expat', 'grens', 'europa']], 2022],
  ])('%s', (_, years, types, expected) => {
    expect(defaultYear({ years, municipalities: types.map(entry) })).toBe(expected);
  });

  it('says so when no year has a type', () => {
    expect(() => defaultYear({ years: [2023], municipalities: [entry([null])] })).toThrow(/WRR-type/);
  });
});
