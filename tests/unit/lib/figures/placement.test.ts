import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/lib/figures/dataset-schema.ts';
import { placedByText, placements } from '../../../../src/lib/figures/placement.ts';

const year = (y: number, placedBy: Record<string, number>) => ({ year: y, placedBy }) as Report['years'][number];

describe('placements', () => {
  const [own, byCode] = placements({
    years: [year(2017, { '2017': 388 }), year(2018, { '2017': 377, '2022': 3 })],
  } as Report);

  it('tells a year with its own boundaries from a year placed by code', () => {
    expect(own).toEqual({ year: 2017, own: true, by: [{ year: 2017, municipalities: 388 }] });
    expect(byCode!.own).toBe(false);
  });

  it.each([
    [year(2018, { '2017': 377, '2022': 3 }), '377 met de grenzen van 2017 en 3 met die van 2022'],
    [year(2019, { '2017': 343 }), '343 met de grenzen van 2017'],
    [
      year(2020, { '2015': 1, '2017': 1200, '2022': 2 }),
      '1 met de grenzen van 2015, 1.200 met die van 2017 en 2 met die van 2022',
    ],
  ])('says how a year was placed', (y, text) => {
    expect(placedByText(placements({ years: [y] } as Report)[0]!)).toBe(text);
  });
});
