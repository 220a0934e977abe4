import { describe, expect, it } from 'vitest';
import { countOf, listOf, midSentence, numberWord } from '../../../../src/lib/words/words.ts';

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

describe('a label within a sentence', () => {
  it.each([
    ['Niet-westerse migratieachtergrond: 7,5%', 'niet-westerse migratieachtergrond: 7,5%'],
    ['Verhouding westers tot niet-westers', 'verhouding westers tot niet-westers'],
    [
      'Middelgrote gemeente met een specifieke grote minderheidsgroep',
      'middelgrote gemeente met een specifieke grote minderheidsgroep',
    ],
    // Words from the names of countries and peoples keep their capital.
    ['Nederlandse achtergrond: 89,6% (meer dan 90%)', 'Nederlandse achtergrond: 89,6% (meer dan 90%)'],
    ['Turkse achtergrond', 'Turkse achtergrond'],
    ['Marokkaanse achtergrond', 'Marokkaanse achtergrond'],
    ['Turks, Marokkaans, Surinaams of Antilliaans', 'Turks, Marokkaans, Surinaams of Antilliaans'],
  ])('%s → %s', (label, within) => {
    expect(midSentence(label)).toBe(within);
  });
});
