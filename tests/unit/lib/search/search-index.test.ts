import { describe, expect, it } from 'vitest';
import { searchIndex } from '../../../../src/lib/search/search-index.ts';

const municipalities = [
  { code: 'GM1900', name: 'Súdwest-Fryslân', aliases: ['Bolsward'] },
  { code: 'GM0193', name: 'Zwolle', aliases: [] },
  { code: 'GM0518', name: "'s-Gravenhage", aliases: ['Den Haag'] },
];

describe('searchIndex', () => {
  it.each([
    ['sorts towns the Dutch way', 'GM1900', ['Workum', 'Sneek', 'IJlst'], ['IJlst', 'Sneek', 'Workum']],
    ['leaves out a town with the own name', 'GM0193', ['Zwolle', 'Berkum'], ['Berkum']],
    ['leaves out a town with a former name', 'GM1900', ['Bolsward', 'Sneek'], ['Sneek']],
    ['matches names as the search does', 'GM0518', ['Den haag', 'Scheveningen'], ['Scheveningen']],
    ['lists a town once', 'GM1900', ['Sneek', 'Sneek'], ['Sneek']],
    ['has no towns where none remain', 'GM0193', ['Zwolle'], undefined],
  ])('%s', (_what, code, towns, expected) => {
    const index = searchIndex(municipalities, new Map([[code, towns]]));
    expect(index.municipalities.find((m) => m.code === code)?.places).toEqual(expected);
  });

  it('keeps every municipality, its name and other names, in the order given', () => {
    const index = searchIndex(municipalities, new Map());
    expect(index.municipalities).toEqual(municipalities);
  });
});
