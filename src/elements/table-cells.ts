/**
 * The header and row cells of the research table, drawn in the browser the same way the page
 * draws them at build time (src/components/table/ResearchTableGrid.astro).
 */
import { formatCell, type TableColumn } from '../lib/table/table-columns.ts';
import { shownType, typeNote, type TableRow, type TableState } from '../lib/table/table.ts';
import { municipalityUrl } from '../lib/site/urls.ts';
import type { TypeSlug } from '../lib/typology/wrr-types.ts';

/** A type's swatch and name, cloned from the page's template for it. */
type TypeLabel = (type: TypeSlug) => Node;

/** A column header: a sort button with the column's unit or basis on a second line. */
export function headerCell(column: TableColumn): HTMLTableCellElement {
  const th = document.createElement('th');
  th.scope = 'col';
  th.dataset['column'] = column.key;
  if (column.kind === 'figure') th.className = 'number';
  const button = th.appendChild(document.createElement('button'));
  button.type = 'button';
  button.className = 'sort';
  button.dataset['sort'] = column.key;
  button.append(column.label);
  if (column.note) {
    const note = button.appendChild(document.createElement('span'));
    note.className = 'column-note';
    note.textContent = ` (${column.note})`;
  }
  return th;
}

/** One municipality's row, with the cells of the given columns. */
export function rowElement(
  row: TableRow,
  columns: readonly TableColumn[],
  state: TableState,
  label: TypeLabel,
): HTMLTableRowElement {
  const tr = document.createElement('tr');
  for (const column of columns) {
    if (column.kind === 'name') {
      const name = tr.appendChild(document.createElement('th'));
      name.scope = 'row';
      const link = name.appendChild(document.createElement('a'));
      link.href = municipalityUrl(row.code);
      link.textContent = row.name;
      continue;
    }
    const td = tr.appendChild(document.createElement('td'));
    if (column.kind === 'province') td.textContent = row.province;
    else if (column.kind === 'type') typeContent(td, row, state.year, state, label, true);
    else if (column.kind === 'change') changeContent(td, row, state, label);
    else if (column.kind === 'figure') {
      td.className = 'number';
      td.textContent = formatCell(column.figure, row.values[column.key]!);
    }
  }
  return tr;
}

/** A year's shown type; with `doubt`, an open type's alternatives too (the change column leaves them out to stay short). */
function typeContent(
  parent: HTMLElement,
  row: TableRow,
  year: number,
  state: TableState,
  label: TypeLabel,
  doubt: boolean,
) {
  const cell = row.types[year]!;
  parent.append(label(shownType(cell, state.typeChoice)));
  parent.append(typeNote(cell, state.typeChoice, doubt));
}

/** "Tuinbouwgemeente (WRR)", then "→ Grensgemeente": the two shown types the change filter compares, a line each. */
function changeContent(td: HTMLTableCellElement, row: TableRow, state: TableState, label: TypeLabel) {
  const [from, to] = state.changed!;
  td.className = 'change';
  typeContent(td.appendChild(document.createElement('span')), row, from, state, label, false);
  const second = td.appendChild(document.createElement('span'));
  second.append('→ ');
  typeContent(second, row, to, state, label, false);
}
