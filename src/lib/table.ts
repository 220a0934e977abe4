import { changeYearsFromParam, changeYearsToParam, DESCENDING, PARAM } from './url-params.ts';
import { FIGURE_COLUMNS, type DownloadRow } from './download-rows.ts';
import { formatIndex, formatNumber, formatShare } from './format.ts';
import { GROUP_LABELS, NON_WESTERN_GROUPS } from './migration-groups.ts';
import { compareNames, normalizeName } from './names.ts';
import { derivedIn, namedByIn, openIn, type MapMunicipality, type MapSummary } from './map-summary.ts';
import { NAMED_BY_WORDS, type NamedBy } from './named-by.ts';
import { alternativesOf, doubtNote, openReasons } from './open-type.ts';
import { isTypeSlug, type TypeSlug } from './wrr-types.ts';

/** One row of the research table: a municipality with its types per year and figures of one year. */
export interface TableRow {
  code: string;
  name: string;
  province: string;
  /** Per year: the type shown, who names it, the type by this site's rules, and how sure that is. */
  types: Record<number, TypeCell>;
  /** Figures of the selected year, by column key. */
  values: Record<string, number>;
}

/** A type as the table shows it for one year. */
export interface TypeCell {
  type: TypeSlug;
  namedBy: NamedBy | null;
  derived: TypeSlug;
  /** Where the type by the rules is open: the other types it could be, and what opens it. */
  open: { alternatives: TypeSlug[]; reasons: string } | null;
}

/**
 * What follows the type's name in a cell: who names it (" (WRR)"), or for an open type by the
 * rules the other types and why (", of gemiddelde gemeente (twijfelgeval: regels)").
 */
export function typeCellNote(cell: TypeCell): string {
  if (cell.namedBy) return NAMED_BY_WORDS[cell.namedBy].mark;
  return cell.open ? doubtNote(cell.open.alternatives, cell.open.reasons) : '';
}

/** A numeric column: its key in the download rows (or a derived one) and its kind. */
export interface NumberColumn {
  key: string;
  label: string;
  kind: 'count' | 'share' | 'index';
}

/** The numeric columns of the table, in order: the shares are the download's aandeel_… columns. */
export const NUMBER_COLUMNS: NumberColumn[] = [
  { key: 'inwoners', label: 'Inwoners', kind: 'count' },
  { key: 'migratieachtergrond', label: 'Migratie­achtergrond', kind: 'share' },
  ...(['western', 'nonWestern', ...NON_WESTERN_GROUPS] as const).map((figure): NumberColumn => ({
    key: `aandeel_${FIGURE_COLUMNS[figure]}`,
    label: GROUP_LABELS[figure],
    kind: 'share',
  })),
  { key: 'diversiteitsindex', label: 'Diversiteits­index', kind: 'index' },
];

/** A figure as the table shows it: counts with thousands separators, shares in percent, the index with two decimals. */
export function formatCell(column: NumberColumn, value: number): string {
  if (column.kind === 'count') return formatNumber(value);
  return column.kind === 'share' ? formatShare(value) : formatIndex(value);
}

/** Columns that can be filtered by a range, with the URL parameter name. */
export const RANGE_FILTERS = {
  migratie: 'migratieachtergrond',
  inwoners: 'inwoners',
  diversiteit: 'diversiteitsindex',
} as const;
export type RangeFilter = keyof typeof RANGE_FILTERS;

/** Everything the table shows: year, filters and order. */
export interface TableState {
  year: number;
  query: string;
  types: TypeSlug[];
  provinces: string[];
  /** Lower and upper bounds, in the column's unit (shares as 0–1); null is open. */
  ranges: Partial<Record<RangeFilter, [number | null, number | null]>>;
  /** Two years between which the type by the rules must differ, or null. */
  changed: [number, number] | null;
  sort: { key: string; descending: boolean };
}

/** The state a table starts in: the newest year, nothing filtered, sorted by name. */
export function defaultState(years: readonly number[]): TableState {
  return {
    year: years.at(-1)!,
    query: '',
    types: [],
    provinces: [],
    ranges: {},
    changed: null,
    sort: { key: 'gemeentenaam', descending: false },
  };
}

/** A municipality's type in the year at `yearIndex` as the table shows it, from the map's data. */
export function typeCellOf(m: MapMunicipality, yearIndex: number): TypeCell {
  const open = openIn(m, yearIndex);
  return {
    type: m.types[yearIndex]!,
    namedBy: namedByIn(m, yearIndex),
    derived: derivedIn(m, yearIndex),
    open: open ? { alternatives: alternativesOf(open), reasons: openReasons(open) } : null,
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
        NUMBER_COLUMNS.map((column) => [
          column.key,
          column.key === 'migratieachtergrond' ? 1 - Number(row['aandeel_nederlands']) : Number(row[column.key]),
        ]),
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
  const kept = rows.filter((row) => {
    if (query && !normalizeName(row.name).includes(query)) return false;
    if (state.types.length > 0 && !state.types.includes(row.types[year]!.type)) return false;
    if (state.provinces.length > 0 && !state.provinces.includes(row.province)) return false;
    // Compared by the rules, not the shown type: the WRR names types only for its own year, so the
    // shown type would count a difference in method as a change.
    if (state.changed && row.types[state.changed[0]]!.derived === row.types[state.changed[1]]!.derived) return false;
    return Object.entries(state.ranges).every(([filter, [low, high]]) => {
      const value = row.values[RANGE_FILTERS[filter as RangeFilter]]!;
      return (low === null || value >= low) && (high === null || value <= high);
    });
  });
  const { key, descending } = state.sort;
  const compare = (a: TableRow, b: TableRow): number => {
    if (key === 'gemeentenaam') return compareNames(a.name, b.name);
    if (key === 'provincie') return compareNames(a.province, b.province) || compareNames(a.name, b.name);
    if (key.startsWith('type-')) {
      const y = Number(key.slice(5));
      return a.types[y]!.type.localeCompare(b.types[y]!.type) || compareNames(a.name, b.name);
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

/** Reads a state from URL parameters; unknown or malformed values fall back to the defaults. */
export function stateFromParams(
  params: URLSearchParams,
  years: readonly number[],
  provinces: readonly string[],
): TableState {
  const state = defaultState(years);
  const year = Number(params.get(PARAM.year));
  if (years.includes(year)) state.year = year;
  state.query = params.get(PARAM.query) ?? '';
  state.types = (params.get(PARAM.type) ?? '').split(',').filter(isTypeSlug);
  state.provinces = (params.get(PARAM.province) ?? '').split(',').filter((p) => provinces.includes(p));
  for (const filter of Object.keys(RANGE_FILTERS) as RangeFilter[]) {
    const match = /^(\d+(?:[.,]\d+)?)?-(\d+(?:[.,]\d+)?)?$/.exec(params.get(filter) ?? '');
    if (!match || (match[1] === undefined && match[2] === undefined)) continue;
    state.ranges[filter] = [boundFromText(filter, match[1]), boundFromText(filter, match[2])];
  }
  state.changed = changeYearsFromParam(params.get(PARAM.changed), years);
  const sort = params.get(PARAM.sort);
  if (
    sort &&
    (sort === 'gemeentenaam' ||
      sort === 'provincie' ||
      years.some((y) => sort === `type-${y}`) ||
      NUMBER_COLUMNS.some((c) => c.key === sort))
  ) {
    state.sort = { key: sort, descending: params.get(PARAM.order) === DESCENDING };
  }
  return state;
}

/** Writes a state as URL parameters, leaving out what equals the default. */
export function stateToParams(state: TableState, years: readonly number[]): URLSearchParams {
  const params = new URLSearchParams();
  if (state.year !== defaultState(years).year) params.set(PARAM.year, String(state.year));
  if (state.query) params.set(PARAM.query, state.query);
  if (state.types.length > 0) params.set(PARAM.type, state.types.join(','));
  if (state.provinces.length > 0) params.set(PARAM.province, state.provinces.join(','));
  for (const [filter, [low, high]] of Object.entries(state.ranges) as [RangeFilter, [number | null, number | null]][]) {
    if (low !== null || high !== null) params.set(filter, `${boundToText(filter, low)}-${boundToText(filter, high)}`);
  }
  if (state.changed) params.set(PARAM.changed, changeYearsToParam(state.changed));
  if (state.sort.key !== 'gemeentenaam' || state.sort.descending) {
    params.set(PARAM.sort, state.sort.key);
    if (state.sort.descending) params.set(PARAM.order, DESCENDING);
  }
  return params;
}
