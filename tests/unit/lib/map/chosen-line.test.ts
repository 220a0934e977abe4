import { describe, expect, it } from 'vitest';
import { chosenLine } from '../../../../src/lib/map/chosen-line.ts';
import type { MapMunicipality } from '../../../../src/lib/map/map-summary.ts';

const base: MapMunicipality = {
  code: 'GM0281',
  name: 'Tiel',
  inhabitants: [41000, 42000],
  types: ['gemiddeld', 'gemiddeld'],
};

describe('chosenLine', () => {
  it.each<[string, MapMunicipality, number, string]>([
    [
      'a type from the rules says so',
      base,
      0,
      ': gemiddelde gemeente met de cijfers van 2015, afgeleid met de regels van deze site.',
    ],
    [
      'a type the WRR names says that instead',
      { ...base, namedBy: ['wrr', null] },
      0,
      ': gemiddelde gemeente (genoemd door de WRR) met de cijfers van 2015.',
    ],
    [
      'the WRR names a type only for its own year',
      { ...base, namedBy: ['wrr', null] },
      1,
      ': gemiddelde gemeente met de cijfers van 2022, afgeleid met de regels van deze site.',
    ],
    [
      'an open type by the rules says how sure it is, in a sentence',
      { ...base, open: [{ rounding: ['tuinbouw'], rules: [] }, null] },
      0,
      ': gemiddelde gemeente met de cijfers van 2015, afgeleid met de regels van deze site. Twijfelgeval: met deze cijfers kan Tiel ook een tuinbouwgemeente zijn.',
    ],
    [
      'a type the rules recognise poorly carries a warning',
      { ...base, types: ['tuinbouw', 'tuinbouw'] },
      1,
      ': tuinbouwgemeente met de cijfers van 2022, afgeleid met de regels van deze site. Let op: de regels herkennen dit type slecht.',
    ],
    [
      'a type a source names has neither: the source stands for it',
      {
        ...base,
        types: ['tuinbouw', 'tuinbouw'],
        namedBy: ['wrr', null],
        open: [{ rounding: ['expat'], rules: [] }, null],
      },
      0,
      ': tuinbouwgemeente (genoemd door de WRR) met de cijfers van 2015.',
    ],
  ])('%s', (_, m, yearIndex, expected) => {
    expect(chosenLine(m, yearIndex, [2015, 2022][yearIndex]!, ['tuinbouw'])).toBe(expected);
  });
});
