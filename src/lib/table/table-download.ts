import { csvFile } from './download-rows.ts';
import { columnSharePercent } from '../words/format.ts';
import { roundTo } from '../figures/round.ts';
import type { NumberColumn, TableColumn } from './table-columns.ts';
import { shownType, typeNote, type TableRow, type TableState, type TypeCell, type TypeChoice } from './table.ts';
import { TYPES } from '../typology/wrr-types.ts';

/**
 * How the table's download of its selection gives shares: in percent, rounded as the table shows
 * them, or as fractions from 0 to 1, unrounded, for analysis.
 */
export type ShareUnit = 'procent' | 'fractie';

/** The name of the form's choice of share unit. */
export const SHARE_UNIT_INPUT = 'aandelen';

/** The first column of the file: the code CBS gives the municipality, as in the full downloads. */
export const CODE_HEADER = 'gemeentecode';

/** The share units, the first the default. */
export const SHARE_UNITS: readonly ShareUnit[] = ['procent', 'fractie'];

/** A type as its cell reads: "Tuinbouwgemeente (WRR)", with `doubt` an open type's other types too. */
function typeText(cell: TypeCell, choice: TypeChoice, doubt: boolean): string {
  return `${TYPES[shownType(cell, choice)].singular}${typeNote(cell, choice, doubt)}`;
}

/** A column's header in the file: its label, and in brackets its unit or basis as under the table's header. */
function header(column: TableColumn, unit: ShareUnit): string {
  // The table's labels carry soft hyphens and break points that a spreadsheet would show.
  const label = column.label.replace(/[\u00ad\u200b]/g, '');
  const fraction = column.kind === 'figure' && column.figure.kind !== 'count' && unit === 'fractie';
  const note = fraction && column.figure.kind === 'share' ? 'fractie 0–1' : column.note;
  return note ? `${label} (${note})` : label;
}

/** A figure: counts whole; shares in percent and the index to two decimals as shown, or unrounded for analysis. */
function figure(column: NumberColumn, value: number, unit: ShareUnit): number {
  if (column.kind === 'count' || unit === 'fractie') return value;
  return column.kind === 'share' ? columnSharePercent(value) : roundTo(value, 2);
}

/** One cell as the table shows it, as text or a number for the file. */
function cell(column: TableColumn, row: TableRow, state: TableState, unit: ShareUnit): string | number {
  switch (column.kind) {
    case 'name':
      return row.name;
    case 'province':
      return row.province;
    case 'type':
      return typeText(row.types[state.year]!, state.typeChoice, true);
    case 'change': {
      const [from, to] = state.changed!;
      return `${typeText(row.types[from]!, state.typeChoice, false)} → ${typeText(row.types[to]!, state.typeChoice, false)}`;
    }
    case 'figure':
      return figure(column.figure, row.values[column.key]!, unit);
  }
}

/**
 * The rows on screen as a CSV file: the municipality's CBS code first (so that the file can be
 * joined with other data), then exactly the table's columns in its order, the rows as sorted and
 * filtered, each cell as the table shows it, with figures as numbers (shares in `unit`).
 */
export function selectionCsv(
  rows: readonly TableRow[],
  columns: readonly TableColumn[],
  state: TableState,
  unit: ShareUnit,
): string {
  return csvFile(
    [CODE_HEADER, ...columns.map((c) => header(c, unit))],
    rows.map((row) => [row.code, ...columns.map((c) => cell(c, row, state, unit))]),
  );
}
