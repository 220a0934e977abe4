import { describe, expect, it } from 'vitest';
import type { FormerMunicipality } from '../../../../src/lib/figures/dataset-schema.ts';
import { formerPages } from '../../../../src/lib/figures/former-pages.ts';

/** A municipality of an earlier year with only what the old addresses use. */
const row = (year: number, code: string, name: string, parts: { code: string; share: number }[]): FormerMunicipality =>
  ({
    year,
    code,
    name,
    successor: parts.reduce((a, b) => (b.share > a.share ? b : a)).code,
    parts,
  }) as unknown as FormerMunicipality;

const TODAY = ['GM0001', 'GM0002', 'GM0003'];

describe('formerPages', () => {
  it.each<[string, FormerMunicipality[], ReturnType<typeof formerPages>]>([
    ['a code of today gets no old-address page', [row(2015, 'GM0001', 'Oostdorp', [{ code: 'GM0001', share: 1 }])], []],
    [
      'a merged municipality: every year it appears in, one successor',
      [
        row(2017, 'GM0090', 'Kleindorp', [
          { code: 'GM0001', share: 0.99 },
          { code: 'GM0002', share: 0.01 },
        ]),
        row(2015, 'GM0090', 'Kleindorp', [{ code: 'GM0001', share: 1 }]),
      ],
      [
        {
          code: 'GM0090',
          name: 'Kleindorp',
          earlierNames: [],
          years: [2015, 2017],
          successor: 'GM0001',
          split: false,
          parts: [{ code: 'GM0001', share: 0.99 }],
        },
      ],
    ],
    [
      'a split municipality: the parts of its last year, largest first, slivers left out',
      [
        row(2015, 'GM0091', 'Middendorp', [{ code: 'GM0001', share: 1 }]),
        row(2018, 'GM0091', 'Middendorp', [
          { code: 'GM0003', share: 0.002 },
          { code: 'GM0002', share: 0.3 },
          { code: 'GM0001', share: 0.698 },
        ]),
      ],
      [
        {
          code: 'GM0091',
          name: 'Middendorp',
          earlierNames: [],
          years: [2015, 2018],
          successor: 'GM0001',
          split: true,
          parts: [
            { code: 'GM0001', share: 0.698 },
            { code: 'GM0002', share: 0.3 },
          ],
        },
      ],
    ],
    [
      'a second part below the split threshold is named but does not make it split',
      [
        row(2015, 'GM0092', 'Waterdorp', [
          { code: 'GM0002', share: 0.85 },
          { code: 'GM0003', share: 0.15 },
        ]),
      ],
      [
        {
          code: 'GM0092',
          name: 'Waterdorp',
          earlierNames: [],
          years: [2015],
          successor: 'GM0002',
          split: false,
          parts: [
            { code: 'GM0002', share: 0.85 },
            { code: 'GM0003', share: 0.15 },
          ],
        },
      ],
    ],
    [
      'a code renamed between years keeps its last name and lists the earlier one',
      [
        row(2015, 'GM0093', 'Oud Heuvel', [{ code: 'GM0003', share: 1 }]),
        row(2017, 'GM0093', 'Heuvel', [{ code: 'GM0003', share: 1 }]),
      ],
      [
        {
          code: 'GM0093',
          name: 'Heuvel',
          earlierNames: ['Oud Heuvel'],
          years: [2015, 2017],
          successor: 'GM0003',
          split: false,
          parts: [{ code: 'GM0003', share: 1 }],
        },
      ],
    ],
  ])('%s', (_, former, expected) => {
    expect(formerPages(former, TODAY)).toEqual(expected);
  });

  it('gives each code one page, in the order of the codes', () => {
    const former = [
      row(2015, 'GM0095', 'B', [{ code: 'GM0001', share: 1 }]),
      row(2015, 'GM0094', 'A', [{ code: 'GM0002', share: 1 }]),
      row(2017, 'GM0095', 'B', [{ code: 'GM0001', share: 1 }]),
    ];
    expect(formerPages(former, TODAY).map((p) => p.code)).toEqual(['GM0094', 'GM0095']);
  });
});
