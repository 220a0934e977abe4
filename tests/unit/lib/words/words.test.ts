import { describe, expect, it } from 'vitest';
import { countOf, listOf, numberWord } from '../../../../src/lib/words/words.ts';

describe('Dutch number words', () => {
  it.each([
    [1, 'één'],
    [4, 'vier'],
    [9, 'negen'],
    [12, 'twaalf'],
    [13, '13'],
    [1234, '1.234'],
  ])('%i → %s', (n, word) => {
    expect(numberWord(n)).toBe(word);
  });

  it.each([
    [0, 'geen gemeenten'],
    [1, 'één gemeente'],
    [4, 'vier gemeenten'],
    [5, 'vijf gemeenten'],
  ])('%i gemeenten → %s', (n, text) => {
    expect(countOf(n, 'gemeente', 'gemeenten')).toBe(text);
  });

  it.each([
    [0, '0 gemeenten'],
    [1, '1 gemeente'],
    [14, '14 gemeenten'],
    [1234, '1.234 gemeenten'],
  ])('%i gemeenten in digits → %s', (n, text) => {
    expect(countOf(n, 'gemeente', 'gemeenten', { digits: true })).toBe(text);
  });
});

describe('Dutch enumerations', () => {
  it.each<[(string | number)[], string]>([
    [[], ''],
    [[2015], '2015'],
    [[2015, 2022], '2015 en 2022'],
    [[2015, 2017, 2022], '2015, 2017 en 2022'],
  ])('%j → %s', (items, text) => {
    expect(listOf(items)).toBe(text);
  });
});
