import { describe, expect, it } from 'vitest';
import { DEFAULT_FIGURES, formatCell, NUMBER_COLUMNS, tableColumns } from '../../../../src/lib/table/table-columns.ts';
import { defaultState, type TableState } from '../../../../src/lib/table/table.ts';

const years = [2015, 2017, 2022];
const state = (change: Partial<TableState>): TableState => ({ ...defaultState(years.at(-1)!), ...change });
/** The columns as "key (note)", the way a reader sees header and the line under it. */
const shown = (s: TableState, named = [2015]) =>
  tableColumns(s, named).map((c) => (c.note ? `${c.key} (${c.note})` : c.key));

describe('the columns of the research table', () => {
  it.each<[string, Partial<TableState>, string[]]>([
    [
      'name, province, the newest year’s type and the default figures',
      {},
      [
        'gemeentenaam',
        'provincie',
        'type (volgens de regels)',
        'inwoners (aantal)',
        'migratieachtergrond (%)',
        'aandeel_westers (%)',
        'aandeel_niet_westers (%)',
        'diversiteitsindex (0–1)',
      ],
    ],
    [
      'a named year’s type says which type it is',
      { year: 2015, figures: [] },
      ['gemeentenaam', 'provincie', 'type (genoemd door WRR/VNG, anders regels)'],
    ],
    [
      'the type by the rules when chosen',
      { year: 2015, typeChoice: 'regels', figures: [] },
      ['gemeentenaam', 'provincie', 'type (volgens de regels)'],
    ],
    [
      'a change column with the filter on, saying which of its years show a named type',
      { changed: [2015, 2022], figures: ['aandeel_turks', 'inwoners'] },
      [
        'gemeentenaam',
        'provincie',
        'type (volgens de regels)',
        'veranderd (2015: genoemd door WRR/VNG, anders regels)',
        'inwoners (aantal)',
        'aandeel_turks (%)',
      ],
    ],
    [
      'a change between years without names',
      { changed: [2017, 2022], figures: [] },
      ['gemeentenaam', 'provincie', 'type (volgens de regels)', 'veranderd (volgens de regels)'],
    ],
  ])('%s', (_, change, expected) => {
    expect(shown(state(change))).toEqual(expected);
  });

  it('labels the type and change columns with their years', () => {
    const labels = tableColumns(state({ year: 2017, changed: [2022, 2015] }), [2015]).map((c) => c.label);
    expect(labels.slice(2, 4)).toEqual(['Type 2017', 'Veranderd 2022 → 2015']);
  });

  it('offers every default figure as a column', () => {
    expect(DEFAULT_FIGURES.every((key) => NUMBER_COLUMNS.some((c) => c.key === key))).toBe(true);
  });

  it.each<[string, number, string]>([
    ['inwoners', 112926, '112.926'],
    ['aandeel_turks', 0.0256, '2,6%'],
    // One decimal throughout a column of counted shares, whole where CBS published whole percents.
    ['aandeel_westers', 0.0698, '7,0%'],
    ['aandeel_westers', 0.07, '7%'],
    ['diversiteitsindex', 0.394, '0,39'],
  ])('writes %s %s as %s', (key, value, text) => {
    expect(
      formatCell(
        NUMBER_COLUMNS.find((c) => c.key === key)!,
        value,
      ),
    ).toBe(text);
  });
});
