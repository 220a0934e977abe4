import { describe, expect, it } from 'vitest';
import { boundaryChangeNote, historyNotes } from '../../../../src/lib/figures/history-notes.ts';
import type { Split } from '../../../../src/lib/figures/history.ts';

const names = new Map([
  ['GM0001', 'Oostdorp'],
  ['GM0002', 'Westdorp'],
  ['GM0003', 'Noorddorp'],
]);
/** Kleindorp, split in 2020: most of it went to Oostdorp, a third to Westdorp. */
const split: Split = {
  code: 'GM0099',
  name: 'Kleindorp',
  years: [2015, 2017],
  successor: 'GM0001',
  parts: [
    { code: 'GM0001', share: 0.6 },
    { code: 'GM0002', share: 0.35 },
  ],
};
const context = { years: [2015, 2017, 2022], merged: [] as number[], splits: [split], names };

describe('historyNotes', () => {
  it('says a municipality without predecessors or received parts existed as it is in every year', () => {
    expect(historyNotes({ code: 'GM0003', name: 'Noorddorp' }, context)).toEqual([
      ['Noorddorp bestond in 2015, 2017 en 2022 al in deze vorm; er zijn geen gemeenten in opgegaan.'],
    ]);
  });

  it('says nothing of the kind for a municipality made up of others in some year', () => {
    expect(historyNotes({ code: 'GM0003', name: 'Noorddorp' }, { ...context, merged: [2015] })).toEqual([]);
  });

  it('says where the rest of a split municipality lies when its figures count wholly here', () => {
    // Its figures of those years are a sum: Oostdorp and Kleindorp.
    expect(historyNotes({ code: 'GM0001', name: 'Oostdorp' }, { ...context, merged: [2015, 2017] })).toEqual([
      [
        'Kleindorp hoort niet helemaal bij Oostdorp: hier ligt ongeveer 60% van de oppervlakte, de rest ligt nu in ' +
          'Westdorp (ongeveer 35%). De cijfers van Kleindorp in 2015 en 2017 tellen toch helemaal mee bij Oostdorp, ' +
          'omdat het grootste stuk hierheen ging.',
      ],
    ]);
  });

  it('links to where the figures count for a municipality that received only a part', () => {
    expect(historyNotes({ code: 'GM0002', name: 'Westdorp' }, context)).toEqual([
      [
        'Een deel van Kleindorp (ongeveer 35% van de oppervlakte) hoort nu bij Westdorp. De cijfers van Kleindorp in ' +
          '2015 en 2017 tellen in hun geheel mee bij ',
        { code: 'GM0001', name: 'Oostdorp' },
        ', waar het grootste stuk (ongeveer 60%) heen ging.',
      ],
    ]);
  });
});

describe('boundaryChangeNote', () => {
  it.each([
    [
      'GM0001',
      'Oostdorp',
      'Niet elke verandering komt van de inwoners: in 2015 en 2017 tellen de cijfers van heel Kleindorp mee, ook van ' +
        'het deel dat nu elders ligt. Een sprong na die jaren kan dus van de grenzen komen.',
    ],
    [
      'GM0002',
      'Westdorp',
      'Niet elke verandering komt van de inwoners: in 2015 en 2017 telt het deel van Kleindorp dat nu bij Westdorp ' +
        'hoort nog niet mee. Een sprong na die jaren kan dus van de grenzen komen.',
    ],
    ['GM0003', 'Noorddorp', null],
  ])('%s (%s)', (code, name, note) => {
    expect(boundaryChangeNote({ code, name }, [split])).toBe(note);
  });
});
