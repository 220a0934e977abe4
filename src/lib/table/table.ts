import { changeYearsFromParam, changeYearsToParam, DESCENDING, PARAM } from '../site/url-params.ts';
import type { DownloadRow } from './download-rows.ts';
import { DEFAULT_FIGURES, NUMBER_COLUMNS, type ColumnChoice } from './table-columns.ts';
import { compareNames, normalizeName } from '../words/names.ts';
import { changedBeyondPrecision, typesWithinPrecision } from '../typology/type-change.ts';
import { derivedIn, namedByIn, openIn, typeIn, type MapMunicipality, type MapSummary } from '../map/map-summary.ts';
import { NAMED_BY_WORDS, type NamedBy } from '../typology/named-by.ts';
import { alternativesOf, doubtNote, openReasons } from '../typology/open-type.ts';
import { isTypeSlug, type TypeSlug } from '../typology/wrr-types.ts';

/** One row of the research table: a municipality with its types per year and figures of one year. */
export interface TableRow {
  code: string;
  name: string;
  province: string;
  /** Per year with types: the type shown, who names it, the type by this site's rules, and how sure that is. */
  types: Record<number, TypeCell>;
  /** Figures of the selected year, by column key; a figure the year's origin classification lacks is absent. */
  values: Record<string, number>;
}

/** A type as the table shows it for one year. */
export interface TypeCell {
  type: TypeSlug;
  namedBy: NamedBy | null;
  derived: TypeSlug;
  /** Where the type by the rules is open: the other types it could be, and what opens it. */
  open: { alternatives: TypeSlug[]; reasons: string } | null;
  /** The other types it could be within the rounding of the year's figures (a change within it does not count). */
  rounding: TypeSlug[];
}

/** Which type the table shows where a source names one (see ColumnChoice in table-columns.ts). */
export type TypeChoice = ColumnChoice['typeChoice'];

/** The type choices, the first the default. */
const TYPE_CHOICES: readonly TypeChoice[] = ['genoemd', 'regels'];

/** The type a cell shows under the reader's choice. */
export function shownType(cell: TypeCell, choice: TypeChoice): TypeSlug {
  return choice === 'regels' ? cell.derived : cell.type;
}

/**
 * What follows the type's name in a cell: who names it (" (WRR)"), or for an open type by the
 * rules the other types and why (", of gemiddelde gemeente (twijfelgeval: regels)").
 */
export function typeCellNote(cell: TypeCell, choice: TypeChoice = 'genoemd'): string {
  const mark = namedMark(cell, choice);
  if (mark) return mark;
  return cell.open ? doubtNote(cell.open.alternatives, cell.open.reasons) : '';
}

/** What follows a type's name in a cell; without `doubt` (the change column, kept short) only who names it. */
export function typeNote(cell: TypeCell, choice: TypeChoice, doubt: boolean): string {
  return doubt ? typeCellNote(cell, choice) : namedMark(cell, choice);
}

/** Who names the shown type (" (WRR)"), or nothing where the cell shows the type by the rules. */
export function namedMark(cell: TypeCell, choice: TypeChoice): string {
  return cell.namedBy && choice === 'genoemd' ? NAMED_BY_WORDS[cell.namedBy].mark : '';
}

/** Columns that can be filtered by a range, with the URL parameter name. */
export const RANGE_FILTERS = {
  migratie: 'migratieachtergrond',
  inwoners: 'inwoners',
  diversiteit: 'diversiteitsindex',
} as const;
/** A range filter's URL parameter. */
export type RangeFilter = keyof typeof RANGE_FILTERS;

/** Everything the table shows: year, filters and order (the columns' part in ColumnChoice). */
export interface TableState extends ColumnChoice {
  query: string;
  types: TypeSlug[];
  provinces: string[];
  /** Lower and upper bounds, in the column's unit (shares as 0–1); null is open. */
  ranges: Partial<Record<RangeFilter, [number | null, number | null]>>;
  sort: { key: string; descending: boolean };
}

/** The years a table can show, and the one it opens on (see default-year.ts). */
export interface TableYears {
  years: readonly number[];
  initial: number;
}

/** The state a table starts in: the year it opens on, nothing filtered, sorted by name. */
export function defaultState(initialYear: number): TableState {
  return {
    year: initialYear,
    query: '',
    types: [],
    provinces: [],
    ranges: {},
    changed: null,
    typeChoice: TYPE_CHOICES[0]!,
    figures: [...DEFAULT_FIGURES],
    sort: { key: 'gemeentenaam', descending: false },
  };
}

/** A municipality's type in the year at `yearIndex` as the table shows it, from the map's data. */
function typeCellOf(m: MapMunicipality, yearIndex: number): TypeCell {
  const open = openIn(m, yearIndex);
  return {
    type: m.types[yearIndex]!,
    namedBy: namedByIn(m, yearIndex),
    derived: derivedIn(m, yearIndex),
    open: open ? { alternatives: alternativesOf(open), reasons: openReasons(open) } : null,
    rounding: open?.rounding ?? [],
  };
}

/**
 * Table rows from one year's download rows (name, province, figures) and the map's data (the
 * types of every year), so the table needs only the year it shows and the file the map loads.
 */
export function tableRows(summary: MapSummary, yearRows: readonly DownloadRow[]): TableRow[] {
  const byCode = new Map(summary.municipalities.map((m) => [m.code, m]));
  return yearRows.map((row) => {
    const code = String(row['gemeentecode']);
    const m = byCode.get(code);
    if (!m) throw new Error(`Gemeente ${code} staat niet in de gegevens van de kaart.`);
    return {
      code,
      name: String(row['gemeentenaam']),
      province: String(row['provincie']),
      types: Object.fromEntries(summary.years.map((year, i) => [year, typeCellOf(m, i)])),
      values: Object.fromEntries(
        NUMBER_COLUMNS.flatMap((column) => {
          if (column.key === 'migratieachtergrond') {
            return 'aandeel_nederlands' in row ? [[column.key, 1 - Number(row['aandeel_nederlands'])]] : [];
          }
          return column.key in row ? [[column.key, Number(row[column.key])]] : [];
        }),
      ),
    };
  });
}

/** The provinces of the table's rows, once each, in Dutch alphabetical order. */
export function provincesOf(rows: readonly TableRow[]): string[] {
  return [...new Set(rows.map((r) => r.province))].sort(compareNames);
}

/** The rows that pass every filter of the state, in the state's order. */
export function applyState(rows: readonly TableRow[], state: TableState): TableRow[] {
  const query = normalizeName(state.query);
  const { year } = state;
  // A year in the herkomstland classification has no type: its rows pass the type filter and sort by name.
  const type = (row: TableRow, y: number) => (row.types[y] ? shownType(row.types[y], state.typeChoice) : '');
  // The change filter compares years with types only.
  const possible = (row: TableRow, y: number) =>
    typesWithinPrecision(shownType(row.types[y]!, state.typeChoice), row.types[y]!.derived, row.types[y]!.rounding);
  const kept = rows.filter((row) => {
    if (query && !normalizeName(row.name).includes(query)) return false;
    const cell = row.types[year];
    if (state.types.length > 0 && cell && !state.types.includes(shownType(cell, state.typeChoice))) return false;
    if (state.provinces.length > 0 && !state.provinces.includes(row.province)) return false;
    // The types the columns show, so that every row kept visibly changes, beyond the rounding of either year.
    if (state.changed && !changedBeyondPrecision(possible(row, state.changed[0]), possible(row, state.changed[1])))
      return false;
    return Object.entries(state.ranges).every(([filter, [low, high]]) => {
      const value = row.values[RANGE_FILTERS[filter as RangeFilter]];
      // A range on a figure the year does not have (the diversity index in 2023) keeps every row.
      if (value === undefined) return true;
      return (low === null || value >= low) && (high === null || value <= high);
    });
  });
  const { key, descending } = state.sort;
  const compare = (a: TableRow, b: TableRow): number => {
    if (key === 'gemeentenaam') return compareNames(a.name, b.name);
    if (key === 'provincie') return compareNames(a.province, b.province) || compareNames(a.name, b.name);
    if (key === 'type') return type(a, year).localeCompare(type(b, year)) || compareNames(a.name, b.name);
    if (key === 'veranderd' && state.changed) {
      const [from, to] = state.changed;
      const pair = (row: TableRow) => `${type(row, from)} ${type(row, to)}`;
      return pair(a).localeCompare(pair(b)) || compareNames(a.name, b.name);
    }
    return a.values[key]! - b.values[key]! || compareNames(a.name, b.name);
  };
  return kept.sort((a, b) => (descending ? -compare(a, b) : compare(a, b)));
}

const SHARE_RANGES: ReadonlySet<RangeFilter> = new Set(['migratie']);

/** A range bound as the URL and the form write it: shares as percentages, as people read them. */
export function boundToText(filter: RangeFilter, value: number | null): string {
  const scale = SHARE_RANGES.has(filter) ? 100 : 1;
  return value === null ? '' : String(Math.round(value * scale * 1000) / 1000);
}

/** A range bound read from the URL or the form ("20", "20,5", "" for open); the inverse of boundToText. */
function boundFromText(filter: RangeFilter, text: string | undefined): number | null {
  const scale = SHARE_RANGES.has(filter) ? 100 : 1;
  return text === undefined ? null : Number(text.replace(',', '.')) / scale;
}

/**
 * Reads a state from URL parameters; unknown or malformed values fall back to the defaults.
 * `years` have types (the newest is the default); `originYears` only figures.
 */
export function stateFromParams(
  params: URLSearchParams,
  { years, initial }: TableYears,
  provinces: readonly string[],
  originYears: readonly number[] = [],
): TableState {
  const state = defaultState(initial);
  const year = Number(params.get(PARAM.year));
  if (years.includes(year) || originYears.includes(year)) state.year = year;
  state.query = params.get(PARAM.query) ?? '';
  state.types = (params.get(PARAM.type) ?? '').split(',').filter(isTypeSlug);
  state.provinces = (params.get(PARAM.province) ?? '').split(',').filter((p) => provinces.includes(p));
  for (const filter of Object.keys(RANGE_FILTERS) as RangeFilter[]) {
    const match = /^(\d+(?:[.,]\d+)?)?-(\d+(?:[.,]\d+)?)?$/.exec(params.get(filter) ?? '');
    if (!match || (match[1] === undefined && match[2] === undefined)) continue;
    state.ranges[filter] = [boundFromText(filter, match[1]), boundFromText(filter, match[2])];
  }
  state.changed = changeYearsFromParam(params.get(PARAM.changed), years);
  const choice = TYPE_CHOICES.find((c) => c === params.get(PARAM.typeChoice));
  if (choice) state.typeChoice = choice;
  const figures = params.get(PARAM.columns);
  // Present but empty is a choice too: no figure columns.
  if (figures !== null) state.figures = NUMBER_COLUMNS.map((c) => c.key).filter((k) => figures.split(',').includes(k));
  const sort = params.get(PARAM.sort);
  if (
    sort &&
    (['gemeentenaam', 'provincie', 'type'].includes(sort) ||
      (sort === 'veranderd' && state.changed) ||
      NUMBER_COLUMNS.some((c) => c.key === sort))
  ) {
    state.sort = { key: sort, descending: params.get(PARAM.order) === DESCENDING };
  }
  return state;
}

/**
 * The state sorted by a column the table shows: a sort on a column that is not on screen (a figure
 * the reader has taken away, or one the chosen year does not have) falls back to the name, so
 * that the order is always one the reader can see.
 */
export function sortedOnScreen(state: TableState, columns: readonly { key: string }[]): TableState {
  return columns.some((c) => c.key === state.sort.key) ? state : { ...state, sort: defaultState(state.year).sort };
}

/** Writes a state as URL parameters, leaving out what equals the default. */
export function stateToParams(state: TableState, initialYear: number): URLSearchParams {
  const params = new URLSearchParams();
  if (state.year !== initialYear) params.set(PARAM.year, String(state.year));
  if (state.query) params.set(PARAM.query, state.query);
  if (state.types.length > 0) params.set(PARAM.type, state.types.join(','));
  if (state.provinces.length > 0) params.set(PARAM.province, state.provinces.join(','));
  for (const [filter, [low, high]] of Object.entries(state.ranges) as [RangeFilter, [number | null, number | null]][]) {
    if (low !== null || high !== null) params.set(filter, `${boundToText(filter, low)}-${boundToText(filter, high)}`);
  }
  if (state.changed) params.set(PARAM.changed, changeYearsToParam(state.changed));
  if (state.typeChoice !== TYPE_CHOICES[0]) params.set(PARAM.typeChoice, state.typeChoice);
  if (state.figures.join(',') !== DEFAULT_FIGURES.join(',')) params.set(PARAM.columns, state.figures.join(','));
  if (state.sort.key !== 'gemeentenaam' || state.sort.descending) {
    params.set(PARAM.sort, state.sort.key);
    if (state.sort.descending) params.set(PARAM.order, DESCENDING);
  }
  return params;
}

/**
 * Per year in which a source names types: how many municipalities are named and for how many the
 * rules give another type (only those rows differ between the two type choices).
 */
export function namedYears(summary: MapSummary): { year: number; named: number; differing: number }[] {
  return summary.years
    .map((year, i) => {
      const named = summary.municipalities.filter((m) => namedByIn(m, i));
      return {
        year,
        named: named.length,
        differing: named.filter((m) => derivedIn(m, i) !== typeIn(m, i)).length,
      };
    })
    .filter((y) => y.named > 0);
}
