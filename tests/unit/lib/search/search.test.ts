import { describe, expect, it } from 'vitest';
import { compareNames, normalizeName } from '../../../../src/lib/words/names.ts';
import { bestHit, search, suggestions, type SearchEntry } from '../../../../src/lib/search/search.ts';

const entries: SearchEntry[] = [
  { code: 'GM0518', name: "'s-Gravenhage", aliases: ['Den Haag'] },
  { code: 'GM0796', name: "'s-Hertogenbosch", aliases: ['Den Bosch'] },
  { code: 'GM1952', name: 'Midden-Groningen', aliases: ['Hoogezand-Sappemeer', 'Menterwolde', 'Slochteren'] },
  { code: 'GM1900', name: 'Súdwest-Fryslân', aliases: ['Bolsward', 'Wûnseradiel'], places: ['Sneek', 'Workum'] },
  { code: 'GM0014', name: 'Groningen', aliases: ['Haren', 'Ten Boer'] },
  { code: 'GM0164', name: 'Hengelo (O.)', aliases: [] },
  { code: 'GM0400', name: 'Den Helder', aliases: [], places: ['Julianadorp'] },
  { code: 'GM1876', name: 'Bronckhorst', aliases: [], places: ['Hengelo', 'Vorden'] },
  { code: 'GM0363', name: 'Amsterdam', aliases: [] },
  { code: 'GM0362', name: 'Amstelveen', aliases: [] },
];
const codes = (query: string) => search(entries, query).map((h) => h.code);

describe('search', () => {
  it.each([
    ['Den Haag', 'GM0518'],
    ['den haag', 'GM0518'],
    ['den bosch', 'GM0796'],
    ['Hoogezand-Sappemeer', 'GM1952'],
    ['hoogezand', 'GM1952'],
    ['sudwest fryslan', 'GM1900'],
    ['Súdwest-Fryslân', 'GM1900'],
    ['gravenhage', 'GM0518'],
    ["'s-Gravenhage", 'GM0518'],
    ['s gravenhage', 'GM0518'],
    ['hengelo', 'GM0164'],
    ['Sneek', 'GM1900'],
    ['sneek', 'GM1900'],
    ['julianadorp', 'GM0400'],
    ['vorden', 'GM1876'],
  ])('"%s" finds %s first', (query, code) => {
    expect(codes(query)[0]).toBe(code);
  });

  it('says which other name matched', () => {
    expect(search(entries, 'den haag')[0]).toEqual({ code: 'GM0518', name: "'s-Gravenhage", matchedAlias: 'Den Haag' });
    expect(search(entries, 'groningen')[0]).toEqual({ code: 'GM0014', name: 'Groningen' });
    expect(search(entries, 'Sneek')[0]).toEqual({ code: 'GM1900', name: 'Súdwest-Fryslân', matchedPlace: 'Sneek' });
  });

  it.each([
    // A municipality's own name beats a village of the same name elsewhere.
    ['hengelo', ['GM0164', 'GM1876']],
    // A whole town name beats a municipality name that only starts with the query.
    ['workum', ['GM1900']],
    // A former name finds the municipality it is part of now.
    ['bolsward', ['GM1900']],
  ])('ranks towns after names at the same rank: "%s"', (query, expected) => {
    expect(codes(query).slice(0, expected.length)).toEqual(expected);
  });

  it('ranks an exact town above the start of a municipality name', () => {
    const withTown: SearchEntry[] = [
      { code: 'GM0001', name: 'Beekdaelen', aliases: [] },
      { code: 'GM0002', name: 'Meerssen', aliases: [], places: ['Beek'] },
    ];
    expect(search(withTown, 'beek').map((h) => h.code)).toEqual(['GM0002', 'GM0001']);
  });

  it('ranks a current name above a former name, and a start above a middle', () => {
    expect(codes('groningen')).toEqual(['GM0014', 'GM1952']);
    // "Midden-Groningen" contains "den" mid-word: it comes last.
    // Bronckhorst's village Vorden too, and a town comes after a name at the same rank.
    expect(codes('den')).toEqual(['GM0400', 'GM0518', 'GM0796', 'GM1952', 'GM1876']);
  });

  it('finds nothing for an empty or unknown query', () => {
    expect(codes('   ')).toEqual([]);
    expect(codes('Atlantis')).toEqual([]);
  });
});

describe('bestHit', () => {
  it.each([
    ['Sneek', 'GM1900'], // the only match
    ['hengelo', 'GM0164'], // the municipality's own name beats the village in Bronckhorst
    ['den haag', 'GM0518'],
    ['amsterd', 'GM0363'],
    ['ams', undefined], // Amstelveen and Amsterdam both start so
    ['den', undefined], // Den Helder and Den Haag both start so: the reader chooses
    ['julianadorp', 'GM0400'],
    ['xqzw', undefined],
    ['', undefined],
  ])('"%s" opens %s', (query, code) => {
    expect(bestHit(entries, query)?.code).toBe(code);
  });
});

describe('suggestions', () => {
  it.each([
    ['Amsterdm', ['GM0363']],
    ['Snaek', ['GM1900']],
    ['Groningne', ['GM0014']],
    ['xqzw', []],
    ['ab', []],
  ])('"%s" suggests %j', (query, expected) => {
    expect(suggestions(entries, query).map((h) => h.code)).toEqual(expected);
  });

  it('says which town or name was meant', () => {
    expect(suggestions(entries, 'Snaek')[0]).toEqual({
      code: 'GM1900',
      name: 'Súdwest-Fryslân',
      matchedPlace: 'Sneek',
    });
  });
});

describe('names', () => {
  it('sorts the way Dutch readers expect', () => {
    const names = ["'s-Hertogenbosch", 'Zwolle', "'s-Gravenhage", 'Aa en Hunze', 'Ede', 'Groningen'];
    expect(names.sort(compareNames)).toEqual([
      'Aa en Hunze',
      'Ede',
      "'s-Gravenhage",
      'Groningen',
      "'s-Hertogenbosch",
      'Zwolle',
    ]);
  });

  it.each([
    ['Súdwest-Fryslân', 'sudwest fryslan'],
    ["'s-Gravenhage", 'gravenhage'],
    ['Nuenen, Gerwen en Nederwetten', 'nuenen gerwen en nederwetten'],
    ['Bergen (NH.)', 'bergen'],
  ])('normalizes %s', (name, normalized) => {
    expect(normalizeName(name)).toBe(normalized);
  });
});
