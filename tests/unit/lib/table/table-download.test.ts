import { describe, expect, it } from 'vitest';
import { fromCsv } from '../../../../src/lib/table/download-rows.ts';
import { tableColumns } from '../../../../src/lib/table/table-columns.ts';
import { CODE_HEADER, selectionCsv, type ShareUnit } from '../../../../src/lib/table/table-download.ts';
import { defaultState, type TableRow, type TableState } from '../../../../src/lib/table/table.ts';

const row = (code: string, name: string, west: number, named: boolean): TableRow => ({
  code,
  name,
  province: 'Gelderland',
  types: {
    2015: {
      type: named ? 'tuinbouw' : 'gemiddeld',
      namedBy: named ? 'wrr' : null,
      derived: 'gemiddeld',
      open: null,
      rounding: [],
    },
    2022: {
      type: 'grens',
      namedBy: null,
      derived: 'grens',
      open: { alternatives: ['gemiddeld'], reasons: 'regels' },
      rounding: [],
    },
  },
  values: { inwoners: 41590, aandeel_westers: west, diversiteitsindex: 0.41234, migratieachtergrond: 0.2 },
});
const rows = [row('GM0281', 'Tiel', 0.06, true), row('GM0263', 'Maasdriel', 0.12345, false)];
const state = (change: Partial<TableState>): TableState => ({
  ...defaultState(2022),
  figures: ['inwoners', 'aandeel_westers', 'diversiteitsindex'],
  ...change,
});
const file = (s: TableState, unit: ShareUnit) => {
  const csv = selectionCsv(rows, tableColumns(s, [2015]), s, unit);
  return { header: csv.replace(/^\uFEFF/, '').split('\r\n')[0], rows: fromCsv(csv).map((r) => Object.values(r)) };
};

describe('the download of the table’s selection', () => {
  it.each<[string, TableState, ShareUnit, string, (string | number)[][]]>([
    [
      'shares in percent as shown (a whole percent stays whole), the index to two decimals',
      state({}),
      'procent',
      'Gemeente;Provincie;Type 2022 (volgens de regels);Inwoners (aantal);Westers (%);Diversiteitsindex (0–1)',
      [
        ['Tiel', 'Gelderland', 'Grensgemeente, of gemiddelde gemeente (twijfelgeval: regels)', 41590, 6, 0.41],
        ['Maasdriel', 'Gelderland', 'Grensgemeente, of gemiddelde gemeente (twijfelgeval: regels)', 41590, 12.3, 0.41],
      ],
    ],
    [
      'shares and the index unrounded for analysis',
      state({}),
      'fractie',
      'Gemeente;Provincie;Type 2022 (volgens de regels);Inwoners (aantal);Westers (fractie 0–1);Diversiteitsindex (0–1)',
      [
        ['Tiel', 'Gelderland', 'Grensgemeente, of gemiddelde gemeente (twijfelgeval: regels)', 41590, 0.06, 0.41234],
        [
          'Maasdriel',
          'Gelderland',
          'Grensgemeente, of gemiddelde gemeente (twijfelgeval: regels)',
          41590,
          0.12345,
          0.41234,
        ],
      ],
    ],
    [
      'the columns the reader chose, in the table’s order, with the change column and the named type',
      state({ year: 2015, changed: [2015, 2022], figures: ['aandeel_westers'] }),
      'procent',
      'Gemeente;Provincie;Type 2015 (genoemd door WRR/VNG, anders regels);Veranderd 2015 → 2022 (2015: genoemd door WRR/VNG, anders regels);Westers (%)',
      [
        ['Tiel', 'Gelderland', 'Tuinbouwgemeente (WRR)', 'Tuinbouwgemeente (WRR) → Grensgemeente', 6],
        ['Maasdriel', 'Gelderland', 'Gemiddelde gemeente', 'Gemiddelde gemeente → Grensgemeente', 12.3],
      ],
    ],
  ])('%s', (_, s, unit, header, expected) => {
    // Every file starts with the municipality's code, for joining it with other data.
    expect(file(s, unit)).toEqual({
      header: `${CODE_HEADER};${header}`,
      rows: expected.map((cells, i) => [rows[i]!.code, ...cells]),
    });
  });
});
