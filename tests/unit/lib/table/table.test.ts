import { describe, expect, it } from 'vitest';
import type { DownloadRow } from '../../../../src/lib/table/download-rows.ts';
import type { MapSummary } from '../../../../src/lib/map/map-summary.ts';
import { tableColumns } from '../../../../src/lib/table/table-columns.ts';
import {
  applyState,
  boundToText,
  defaultState,
  namedMark,
  namedYears,
  shownType,
  typeCellNote,
  type TypeCell,
  type TypeChoice,
  stateFromParams,
  sortedOnScreen,
  stateToParams,
  tableRows,
  type TableState,
  type RangeFilter,
} from '../../../../src/lib/table/table.ts';

const row = (
  code: string,
  name: string,
  province: string,
  year: number,
  type: string,
  inhabitants: number,
  dutch: number,
  diversity: number,
  named?: string,
): DownloadRow => ({
  gemeentecode: code,
  gemeentenaam: name,
  provincie: province,
  jaar: year,
  type: named ?? type,
  type_basis: named ? 'genoemd' : 'afgeleid',
  genoemd_door: named ? 'WRR' : null,
  type_afgeleid: type,
  inwoners: inhabitants,
  aandeel_nederlands: dutch,
  aandeel_westers: 0.1,
  aandeel_niet_westers: 1 - dutch - 0.1,
  aandeel_marokkaans: 0,
  aandeel_antilliaans_arubaans: 0,
  aandeel_surinaams: 0,
  aandeel_turks: 0,
  aandeel_overig_niet_westers: 0,
  diversiteitsindex: diversity,
});
const downloads = [
  row('GM0001', "'s-Gravenhage", 'Zuid-Holland', 2015, 'meerderheid-minderheid', 500_000, 0.49, 0.7),
  row('GM0001', "'s-Gravenhage", 'Zuid-Holland', 2022, 'meerderheid-minderheid', 550_000, 0.44, 0.75),
  row('GM0002', 'Aalsmeer', 'Noord-Holland', 2015, 'tuinbouw', 31_000, 0.82, 0.32),
  row('GM0002', 'Aalsmeer', 'Noord-Holland', 2022, 'expat', 32_000, 0.78, 0.38),
  // The WRR names Urk differently in 2015 (shown type changes, the type by the rules does not) …
  row('GM0003', 'Urk', 'Flevoland', 2015, 'homogeen', 19_000, 0.97, 0.06, 'tuinbouw'),
  row('GM0003', 'Urk', 'Flevoland', 2022, 'homogeen', 21_000, 0.96, 0.08),
  // … and Zwolle the same as in 2022 (shown type stays, the type by the rules changes).
  row('GM0004', 'Zwolle', 'Overijssel', 2015, 'gemiddeld', 125_000, 0.85, 0.27, 'grootstedelijk'),
  row('GM0004', 'Zwolle', 'Overijssel', 2022, 'grootstedelijk', 130_000, 0.81, 0.33),
];
const years = [2015, 2022];
// The types of every year, as the map's data file holds them (shown type, type by the rules, who names it).
const summary: MapSummary = {
  years,
  originYears: [],
  municipalities: [
    {
      code: 'GM0001',
      name: "'s-Gravenhage",
      inhabitants: [0, 0],
      types: ['meerderheid-minderheid', 'meerderheid-minderheid'],
    },
    { code: 'GM0002', name: 'Aalsmeer', inhabitants: [0, 0], types: ['tuinbouw', 'expat'] },
    {
      code: 'GM0003',
      name: 'Urk',
      inhabitants: [0, 0],
      types: ['tuinbouw', 'homogeen'],
      derived: ['homogeen', 'homogeen'],
      namedBy: ['wrr', null],
    },
    {
      code: 'GM0004',
      name: 'Zwolle',
      inhabitants: [0, 0],
      types: ['grootstedelijk', 'grootstedelijk'],
      derived: ['gemiddeld', 'grootstedelijk'],
      namedBy: ['wrr', null],
      open: [null, { rounding: ['expat'], rules: [] }],
    },
  ],
};
const rowsOf = (year: number) =>
  tableRows(
    summary,
    downloads.filter((r) => r['jaar'] === year),
  );
const provinces = ['Zuid-Holland', 'Noord-Holland', 'Flevoland', 'Overijssel'];
const names = (state: Partial<TableState>) =>
  applyState(rowsOf(state.year ?? 2022), { ...defaultState(2022), ...state }).map((r) => r.name);

describe('research table', () => {
  it('builds one row per municipality with both years’ types and one year’s figures', () => {
    const [haag] = rowsOf(2015);
    expect(haag).toMatchObject({
      code: 'GM0001',
      types: { '2015': { type: 'meerderheid-minderheid' }, '2022': { type: 'meerderheid-minderheid' } },
    });
    expect(haag!.values['inwoners']).toBe(500_000);
    expect(haag!.values['migratieachtergrond']).toBeCloseTo(0.51);
  });

  it('takes each year’s type, its source and how open it is from the map’s data', () => {
    const zwolle = rowsOf(2022).find((r) => r.code === 'GM0004')!;
    expect(zwolle.types[2015]).toEqual({
      type: 'grootstedelijk',
      namedBy: 'wrr',
      derived: 'gemiddeld',
      open: null,
      rounding: [],
    });
    expect(zwolle.types[2022]).toEqual({
      type: 'grootstedelijk',
      namedBy: null,
      derived: 'grootstedelijk',
      open: { alternatives: ['expat'], reasons: 'afronding' },
      rounding: ['expat'],
    });
  });

  it('stops on a row the map’s data does not know', () => {
    expect(() => tableRows(summary, [row('GM9999', 'Nergens', 'Utrecht', 2022, 'homogeen', 1, 1, 0)])).toThrow(
      'GM9999',
    );
  });

  it.each<[string, Partial<TableState>, string[]]>([
    ['sorts by name the Dutch way by default', {}, ['Aalsmeer', "'s-Gravenhage", 'Urk', 'Zwolle']],
    ['filters by type in the chosen year', { types: ['expat', 'grootstedelijk'] }, ['Aalsmeer', 'Zwolle']],
    ['uses that year’s shown type', { year: 2015, types: ['tuinbouw'] }, ['Aalsmeer', 'Urk']],
    ['filters by province', { provinces: ['Flevoland', 'Overijssel'] }, ['Urk', 'Zwolle']],
    ['filters by a range of shares', { ranges: { migratie: [0.15, 0.6] } }, ['Aalsmeer', "'s-Gravenhage", 'Zwolle']],
    ['filters by an open range', { ranges: { inwoners: [100_000, null] } }, ["'s-Gravenhage", 'Zwolle']],
    ['searches names without accents or apostrophes', { query: 's-grav' }, ["'s-Gravenhage"]],
    [
      'sorts numbers descending',
      { sort: { key: 'diversiteitsindex', descending: true } },
      ["'s-Gravenhage", 'Aalsmeer', 'Zwolle', 'Urk'],
    ],
    [
      'sorts by province',
      { sort: { key: 'provincie', descending: false } },
      ['Urk', 'Aalsmeer', 'Zwolle', "'s-Gravenhage"],
    ],
    [
      'keeps the municipalities whose shown type changed: Urk is named otherwise in 2015, Zwolle named the same',
      { changed: [2015, 2022] },
      ['Aalsmeer', 'Urk'],
    ],
    [
      'compares the types by the rules when the table shows those',
      { changed: [2015, 2022], typeChoice: 'regels' },
      ['Aalsmeer', 'Zwolle'],
    ],
    [
      'filters by the type by the rules when the table shows those',
      { year: 2015, types: ['tuinbouw'], typeChoice: 'regels' },
      ['Aalsmeer'],
    ],
    [
      'sorts by the chosen year’s type',
      { sort: { key: 'type', descending: false } },
      ['Aalsmeer', 'Zwolle', 'Urk', "'s-Gravenhage"],
    ],
    [
      'sorts by the change: the first year’s type, then the second (tuinbouw → homogeen after tuinbouw → expat)',
      { changed: [2015, 2022], sort: { key: 'veranderd', descending: true } },
      ['Urk', 'Aalsmeer'],
    ],
  ])('%s', (_, state, expected) => {
    expect(names(state)).toEqual(expected);
  });

  it('does not count a type that differs only within the rounding of either year as changed', () => {
    // Aalsmeer could have been an expat municipality in 2015 already, within that year's rounding.
    const within: MapSummary = {
      ...summary,
      municipalities: summary.municipalities.map((m) =>
        m.code === 'GM0002' ? { ...m, open: [{ rounding: ['expat'], rules: [] }, null] } : m,
      ),
    };
    const rows = tableRows(
      within,
      downloads.filter((r) => r['jaar'] === 2022),
    );
    expect(applyState(rows, { ...defaultState(2022), changed: [2015, 2022] }).map((r) => r.name)).toEqual(['Urk']);
  });

  it('keeps the whole state in the URL and reads it back', () => {
    const state: TableState = {
      year: 2015,
      query: 'aal',
      types: ['tuinbouw', 'expat'],
      provinces: ['Noord-Holland'],
      ranges: { migratie: [0.1, 0.3], inwoners: [null, 50_000] },
      changed: [2015, 2022],
      typeChoice: 'regels',
      figures: ['inwoners', 'aandeel_turks'],
      sort: { key: 'inwoners', descending: true },
    };
    const params = stateToParams(state, 2022);
    expect(params.toString()).toBe(
      'jaar=2015&q=aal&type=tuinbouw%2Cexpat&provincie=Noord-Holland&migratie=10-30&inwoners=-50000&veranderd=2015-2022&typebron=regels&kolommen=inwoners%2Caandeel_turks&sorteer=inwoners&volgorde=aflopend',
    );
    expect(stateFromParams(params, { years, initial: 2022 }, provinces)).toEqual(state);
  });

  it('ignores what it does not understand', () => {
    const state = stateFromParams(
      new URLSearchParams(
        'jaar=1999&type=stad,expat&provincie=Atlantis&migratie=veel&veranderd=2015-2015&typebron=wrr&sorteer=veranderd',
      ),
      { years, initial: 2022 },
      provinces,
    );
    expect(state).toEqual({ ...defaultState(2022), types: ['expat'] });
    expect(stateToParams(defaultState(2022), 2022).toString()).toBe('');
  });
});

describe('the year a table opens on', () => {
  it.each([2015, 2022])('is %i when the page says so, and only another year goes into the URL', (initial) => {
    const other = initial === 2015 ? 2022 : 2015;
    expect(stateFromParams(new URLSearchParams(), { years, initial }, provinces).year).toBe(initial);
    expect(stateToParams(defaultState(initial), initial).toString()).toBe('');
    expect(stateToParams({ ...defaultState(initial), year: other }, initial).toString()).toBe(`jaar=${other}`);
  });
});

describe('range bounds as the URL and the form write them', () => {
  it.each<[RangeFilter, number | null, string]>([
    ['migratie', 0.2, '20'],
    ['migratie', 0.12345, '12.345'],
    ['inwoners', 100000, '100000'],
    ['diversiteit', 0.5, '0.5'],
    ['inwoners', null, ''],
  ])('%s %s → %j', (filter, value, text) => {
    expect(boundToText(filter, value)).toBe(text);
  });
});

describe('the type a cell shows under each choice', () => {
  const named: TypeCell = { type: 'tuinbouw', namedBy: 'wrr', derived: 'homogeen', open: null, rounding: [] };
  const open: TypeCell = {
    type: 'grootstedelijk',
    namedBy: null,
    derived: 'grootstedelijk',
    open: { alternatives: ['expat'], reasons: 'afronding' },
    rounding: ['expat'],
  };
  it.each<[string, TypeCell, TypeChoice, string, string, string]>([
    ['a named type', named, 'genoemd', 'tuinbouw', ' (WRR)', ' (WRR)'],
    ['the rules beside a named type', named, 'regels', 'homogeen', '', ''],
    ['an open type', open, 'genoemd', 'grootstedelijk', ', of expatgemeente (twijfelgeval: afronding)', ''],
    ['an open type by the rules', open, 'regels', 'grootstedelijk', ', of expatgemeente (twijfelgeval: afronding)', ''],
  ])('%s', (_, cell, choice, type, note, mark) => {
    expect(shownType(cell, choice)).toBe(type);
    expect(typeCellNote(cell, choice)).toBe(note);
    expect(namedMark(cell, choice)).toBe(mark);
  });

  it('counts per year the named municipalities and those the rules type otherwise', () => {
    expect(namedYears(summary)).toEqual([{ year: 2015, named: 2, differing: 2 }]);
    expect(namedYears({ ...summary, municipalities: summary.municipalities.slice(0, 2) })).toEqual([]);
  });
});

describe('a sort the reader can see', () => {
  const columns = tableColumns({ ...defaultState(2022), figures: ['inwoners'] }, [2015]);
  it.each([
    ['the name', 'gemeentenaam', 'gemeentenaam'],
    ['a figure on screen', 'inwoners', 'inwoners'],
    ['a figure taken off the screen', 'aandeel_turks', 'gemeentenaam'],
    ['the change column while the change filter is off', 'veranderd', 'gemeentenaam'],
  ])('%s: sorted by %s stays sorted by %s', (_, key, expected) => {
    const state = { ...defaultState(2022), figures: ['inwoners'], sort: { key, descending: true } };
    const sorted = sortedOnScreen(state, columns);
    expect(sorted.sort.key).toBe(expected);
    // Falling back to the name is the default order, ascending.
    if (expected !== key) expect(sorted.sort.descending).toBe(false);
  });
});
