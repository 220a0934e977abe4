import { describe, expect, it } from 'vitest';
import { compareNames, normalizeName } from '../../../src/lib/names.ts';
import { search, type SearchEntry } from '../../../src/lib/search.ts';

const entries: SearchEntry[] = [
  { code: 'GM0518', name: "'s-Gravenhage", aliases: ['Den Haag'] },
  { code: 'GM0796', name: "'s-Hertogenbosch", aliases: ['Den Bosch'] },
  { code: 'GM1952', name: 'Midden-Groningen', aliases: ['Hoogezand-Sappemeer', 'Menterwolde', 'Slochteren'] },
  { code: 'GM1900', name: 'Súdwest-Fryslân', aliases: ['Bolsward', 'Wûnseradiel'] },
  { code: 'GM0014', name: 'Groningen', aliases: ['Haren', 'Ten Boer'] },
  { code: 'GM0164', name: 'Hengelo (O.)', aliases: [] },
  { code: 'GM0400', name: 'Den Helder', aliases: [] },
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
  ])('"%s" finds %s first', (query, code) => {
    expect(codes(query)[0]).toBe(code);
  });

  it('says which other name matched', () => {
    expect(search(entries, 'den haag')[0]).toEqual({ code: 'GM0518', name: "'s-Gravenhage", matchedAlias: 'Den Haag' });
    expect(search(entries, 'groningen')[0]).toEqual({ code: 'GM0014', name: 'Groningen' });
  });

  it('ranks a current name above a former name, and a start above a middle', () => {
    expect(codes('groningen')).toEqual(['GM0014', 'GM1952']);
    // "Midden-Groningen" contains "den" mid-word: it comes last.
    expect(codes('den')).toEqual(['GM0400', 'GM0518', 'GM0796', 'GM1952']);
  });

  it('finds nothing for an empty or unknown query', () => {
    expect(codes('   ')).toEqual([]);
    expect(codes('Atlantis')).toEqual([]);
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
