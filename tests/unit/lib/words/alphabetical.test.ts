import { describe, expect, it } from 'vitest';
import { byLetter } from '../../../../src/lib/words/alphabetical.ts';

const letters = (names: string[]) =>
  byLetter(names.map((name) => ({ name }))).map((g) => [g.letter, g.items.map((i) => i.name)]);

describe('byLetter', () => {
  it.each([
    [
      'files names under their first letter, A to Z',
      ['Zwolle', 'Almere', 'Ede', 'Amsterdam'],
      [
        ['A', ['Almere', 'Amsterdam']],
        ['E', ['Ede']],
        ['Z', ['Zwolle']],
      ],
    ],
    [
      "files 's- names under the letter after it",
      ["'s-Gravenhage", 'Groningen', "'s-Hertogenbosch"],
      [
        ['G', ["'s-Gravenhage", 'Groningen']],
        ['H', ["'s-Hertogenbosch"]],
      ],
    ],
    ['ignores accents', ['Súdwest-Fryslân', 'Sittard-Geleen'], [['S', ['Sittard-Geleen', 'Súdwest-Fryslân']]]],
    [
      'puts digits apart',
      ['1e Exloërmond', 'Aa en Hunze'],
      [
        ['0–9', ['1e Exloërmond']],
        ['A', ['Aa en Hunze']],
      ],
    ],
    ['has no letters for nothing', [], []],
  ])('%s', (_what, names, expected) => {
    expect(letters(names)).toEqual(expected);
  });
});
