/**
 * <sortable-table>: makes the column headers of the table inside sortable. Each header becomes a
 * button; aria-sort tells screen readers the order. Cells may carry data-sort with the value to
 * sort on (numbers as plain digits); names sort the Dutch way.
 */
import { compareNames } from '../lib/words/names.ts';

class SortableTable extends HTMLElement {
  connectedCallback() {
    const table = this.querySelector('table');
    if (!table) return;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((th, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        this.sort(table, column, ascending);
      });
    });
  }

  private sort(table: HTMLTableElement, column: number, ascending: boolean) {
    const body = table.tBodies[0]!;
    const key = (row: HTMLTableRowElement) => {
      const cell = row.cells[column]!;
      return cell.dataset['sort'] ?? cell.textContent?.trim() ?? '';
    };
    const numeric = [...body.rows].every((row) => key(row) === '' || !Number.isNaN(Number(key(row))));
    const rows = [...body.rows].sort((a, b) => {
      const order = numeric ? Number(key(a)) - Number(key(b)) : compareNames(key(a), key(b));
      return ascending ? order : -order;
    });
    body.append(...rows);
  }
}

customElements.define('sortable-table', SortableTable);
