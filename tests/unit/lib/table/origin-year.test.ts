import { describe, expect, it } from 'vitest';
import { withAllColumns, type DownloadRow } from '../../../../src/lib/table/download-rows.ts';
import type { MapMunicipality, MapSummary } from '../../../../src/lib/map/map-summary.ts';
import { ORIGIN_CLASSES, originClass, originLine } from '../../../../src/lib/map/origin-map.ts';
import { modelsInHeader, ORIGIN_MODELS } from '../../../../src/lib/figures/origin-models.ts';
import { whyTypeYear } from '../../../../src/lib/figures/origin-words.ts';
import {
  applyState,
  defaultState,
  stateFromParams,
  stateToParams,
  tableRows,
} from '../../../../src/lib/table/table.ts';
import { tableColumns } from '../../../../src/lib/table/table-columns.ts';

/** A year in CBS's herkomstland classification in the site's logic: no type, its own figures, its own map colours. */
const years = [2015, 2022];
const tableYears = { years, initial: years.at(-1)! };
const originYears = [2023];
const municipality = (code: string, name: string, outside: number): MapMunicipality => ({
  code,
  name,
  inhabitants: [1000, 1100],
  types: ['homogeen', 'gemiddeld'],
  outsideEurope: [outside],
});
const summary: MapSummary = {
  years,
  originYears,
  municipalities: [municipality('GM0001', 'Adorp', 0.42), municipality('GM0002', 'Bedum', 0.03)],
};
const row = (code: string, name: string, outside: number): DownloadRow => ({
  gemeentecode: code,
  gemeentenaam: name,
  provincie: 'Groningen',
  jaar: 2023,
  herkomstindeling: 'herkomstland',
  inwoners: 1200,
  aandeel_herkomst_nederland: 1 - outside - 0.1,
  aandeel_herkomst_europa: 0.1,
  aandeel_herkomst_buiten_europa: outside,
});
const rows = tableRows(summary, [row('GM0001', 'Adorp', 0.42), row('GM0002', 'Bedum', 0.03)]);

describe('the table in a herkomstland year', () => {
  it('shows no type, and the herkomstland figures instead of the earlier groups', () => {
    const state = { ...defaultState(years.at(-1)!), year: 2023 };
    const columns = tableColumns(state, [2015], originYears);
    expect(columns.map((c) => c.key)).toEqual([
      'gemeentenaam',
      'provincie',
      'inwoners',
      'aandeel_herkomst_nederland',
      'aandeel_herkomst_europa',
      'aandeel_herkomst_buiten_europa',
    ]);
    // The newest year with types is still the default, with its own columns.
    expect(tableColumns(defaultState(years.at(-1)!), [2015], originYears).map((c) => c.key)).toContain('type');
  });

  it('keeps every row under a type filter and ranges on figures the year lacks, and sorts by a herkomst figure', () => {
    const state = {
      ...defaultState(years.at(-1)!),
      year: 2023,
      types: ['expat' as const],
      ranges: { diversiteit: [0.5, null] as [number, null] },
      sort: { key: 'aandeel_herkomst_buiten_europa', descending: true },
    };
    expect(applyState(rows, state).map((r) => r.name)).toEqual(['Adorp', 'Bedum']);
    expect(applyState(rows, { ...state, sort: { key: 'type', descending: false } }).map((r) => r.name)).toEqual([
      'Adorp',
      'Bedum',
    ]);
  });

  it('takes the year from the URL and writes it back', () => {
    const state = stateFromParams(new URLSearchParams('jaar=2023'), tableYears, [], originYears);
    expect(state.year).toBe(2023);
    expect(stateToParams(state, tableYears.initial).get('jaar')).toBe('2023');
    expect(stateFromParams(new URLSearchParams('jaar=2023'), tableYears, []).year).toBe(2022);
  });
});

describe('the map in a herkomstland year', () => {
  it.each([
    [0, ORIGIN_CLASSES[0]],
    [0.049, ORIGIN_CLASSES[0]],
    [0.05, ORIGIN_CLASSES[1]],
    [0.149, ORIGIN_CLASSES[2]],
    [0.25, ORIGIN_CLASSES[4]],
    [0.9, ORIGIN_CLASSES[4]],
  ])('puts a share of %f in its class', (share, cls) => {
    expect(originClass(share)).toBe(cls);
  });

  it('says it is no type', () => {
    expect(originLine(summary.municipalities[0]!, 0, 2023)).toBe(
      '42% met een herkomstland buiten Europa (2023, geen type)',
    );
  });
});

describe('words and files for a herkomstland year', () => {
  it('says the type shown is of the last year with types, and why, only when a newer year has no type', () => {
    expect(whyTypeYear(2022, [2023])).toMatch(
      /^Het nieuwste type op deze site is dat van 2022\. De regels waarmee deze site de typen van de WRR afleidt, rusten op .* vanaf 2023 niet meer; voor 2023 is er daarom geen type\.$/,
    );
    expect(whyTypeYear(2022, [])).toBe('');
  });

  it('gives every row of a download every column, empty where its classification has none', () => {
    const mixed = withAllColumns([
      { gemeentecode: 'GM0001', jaar: 2022, aandeel_westers: 0.1 },
      row('GM0001', 'Adorp', 0.4),
    ]);
    expect(Object.keys(mixed[0]!)).toEqual(Object.keys(mixed[1]!));
    expect(mixed[0]!['aandeel_herkomst_buiten_europa']).toBeNull();
    expect(mixed[1]!['aandeel_westers']).toBeNull();
  });

  it('recognises the columns of each classification in a header, and a header that mixes them', () => {
    expect(modelsInHeader(['gemeentecode', ...ORIGIN_MODELS.herkomstland.knownColumns.slice(0, 2)])).toEqual([
      { model: 'herkomstland', columns: ORIGIN_MODELS.herkomstland.knownColumns.slice(0, 2) },
    ]);
    expect(modelsInHeader(['GM_CODE', 'P_WEST_AL', 'percentageMetHerkomstlandNederland']).map((m) => m.model)).toEqual([
      'migratieachtergrond',
      'herkomstland',
    ]);
  });
});
