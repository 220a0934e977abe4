/**
 * <research-table>: filters and sorts the table of all municipalities in the browser. The
 * server-rendered table stays as it is without JavaScript; with it, the types of every year come
 * from the map's data file and the figures from the shown year's file (fetched when first shown),
 * the reader chooses the year, the type choice and the figure columns, and the whole state is kept
 * in the URL.
 */
import { keepYearsApart } from './year-pair.ts';
import { headerCell, rowElement } from './table-cells.ts';
import { fromColumnar, type ColumnarRows, type DownloadRow } from '../lib/table/download-rows.ts';
import { isWholePercent } from '../lib/words/format.ts';
import { SHARE_UNIT_INPUT, SHARE_UNITS, selectionCsv } from '../lib/table/table-download.ts';
import { formatNumber } from '../lib/words/format.ts';
import {
  applyState,
  boundToText,
  defaultState,
  namedYears,
  RANGE_FILTERS,
  stateFromParams,
  sortedOnScreen,
  stateToParams,
  tableRows,
  type RangeFilter,
  type TableRow,
  type TableState,
  type TableYears,
} from '../lib/table/table.ts';
import { tableColumns, type TableColumn } from '../lib/table/table-columns.ts';
import { defaultYear } from '../lib/figures/default-year.ts';
import type { MapSummary } from '../lib/map/map-summary.ts';
import { yearFile } from '../lib/site/urls.ts';
import type { TypeSlug } from '../lib/typology/wrr-types.ts';
import { loadJson } from './load-json.ts';
import { CHANGE_CONTROLS, changeYearsToParam, DESCENDING, PARAM } from '../lib/site/url-params.ts';

/** The form's checkboxes for the figure columns. */
const FIGURE_INPUT = 'kolom';

class ResearchTable extends HTMLElement {
  private summary!: MapSummary;
  /** Per year its download rows and the table rows made from them, fetched and made when the year is first shown. */
  private yearRows = new Map<number, Promise<{ download: DownloadRow[]; table: TableRow[] }>>();
  /** The type label of each type, from the page's templates. */
  private typeLabels = new Map<TypeSlug, HTMLTemplateElement>();
  /** The header as last drawn (column, label and note per column), so that it is redrawn only when it changes. */
  private drawnHeader = '';
  private years: TableYears = { years: [], initial: 0 };
  /** Years in the herkomstland classification: figures, no types. */
  private originYears: number[] = [];
  private namedYears: number[] = [];
  private provinces: string[] = [];
  private state!: TableState;
  private form!: HTMLFormElement;
  private body!: HTMLTableSectionElement;

  async connectedCallback() {
    this.form = this.querySelector('form')!;
    this.body = this.querySelector('tbody')!;
    // Until the data are in (or when they cannot be loaded), the server-rendered table stays usable.
    this.summary = await loadJson<MapSummary>(
      this.dataset['summary']!,
      this.querySelector('[data-load-problem]')!,
      'De typen per jaar om te filteren en te sorteren',
    );
    this.years = { years: this.summary.years, initial: defaultYear(this.summary) };
    this.originYears = this.summary.originYears;
    for (const template of this.querySelectorAll<HTMLTemplateElement>('template[data-type-cell]'))
      this.typeLabels.set(template.dataset['typeCell'] as TypeSlug, template);
    this.namedYears = namedYears(this.summary).map((y) => y.year);
    this.provinces = [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${PARAM.province}"]`)].map(
      (input) => input.value,
    );
    this.state = this.onScreen(
      stateFromParams(new URL(location.href).searchParams, this.years, this.provinces, this.originYears),
    );
    this.fillForm();
    this.form.addEventListener('input', () => this.readForm());
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.addEventListener('reset', () => setTimeout(() => this.readForm()));
    // Headers are redrawn with the columns, so their buttons are listened to here, once.
    this.querySelector('thead')!.addEventListener('click', (event) => {
      const key = (event.target as Element).closest<HTMLButtonElement>('button[data-sort]')?.dataset['sort'];
      if (!key) return;
      const descending = this.state.sort.key === key && !this.state.sort.descending;
      this.state = { ...this.state, sort: { key, descending } };
      void this.render();
    });
    this.querySelector('[data-download]')!.addEventListener('click', () => void this.download());
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
    await this.render();
    this.setAttribute('data-ready', '');
  }

  /** The download rows of one year and the table rows made from them, fetched and made once. */
  private rowsOf(year: number): Promise<{ download: DownloadRow[]; table: TableRow[] }> {
    let rows = this.yearRows.get(year);
    if (!rows) {
      rows = loadJson<ColumnarRows>(
        yearFile(this.dataset['rows']!, year),
        this.querySelector('[data-load-problem]')!,
        `De cijfers van ${year}`,
      ).then((columnar) => {
        const download = fromColumnar(columnar);
        return { download, table: tableRows(this.summary, download) };
      });
      this.yearRows.set(year, rows);
    }
    return rows;
  }

  /** Disables in each year choice of the change filter the year the other shows. */
  private separateYears() {
    const select = (name: string) => this.form.elements.namedItem(name) as HTMLSelectElement | null;
    const [from, to] = [select(CHANGE_CONTROLS.from), select(CHANGE_CONTROLS.to)];
    if (from && to) keepYearsApart(from, to);
  }

  /** Shows the state in the form controls. */
  private fillForm() {
    const elements = this.form.elements;
    (elements.namedItem(PARAM.query) as HTMLInputElement).value = this.state.query;
    for (const input of this.form.querySelectorAll<HTMLInputElement>(`input[name="${PARAM.year}"]`))
      input.checked = Number(input.value) === this.state.year;
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[name="type"]'))
      input.checked = this.state.types.includes(input.value as TypeSlug);
    for (const input of this.form.querySelectorAll<HTMLInputElement>(`input[name="${PARAM.province}"]`))
      input.checked = this.state.provinces.includes(input.value);
    const changed = elements.namedItem(CHANGE_CONTROLS.on) as HTMLInputElement | null;
    if (changed && this.state.changed) {
      changed.checked = true;
      (elements.namedItem(CHANGE_CONTROLS.from) as HTMLSelectElement).value = String(this.state.changed[0]);
      (elements.namedItem(CHANGE_CONTROLS.to) as HTMLSelectElement).value = String(this.state.changed[1]);
    }
    for (const input of this.form.querySelectorAll<HTMLInputElement>(`input[name="${PARAM.typeChoice}"]`))
      input.checked = input.value === this.state.typeChoice;
    for (const input of this.form.querySelectorAll<HTMLInputElement>(`input[name="${FIGURE_INPUT}"]`))
      input.checked = this.state.figures.includes(input.value);
    this.separateYears();
    this.unfoldUsedFilters();
    for (const filter of Object.keys(RANGE_FILTERS) as RangeFilter[]) {
      const [low, high] = this.state.ranges[filter] ?? [null, null];
      (elements.namedItem(`${filter}-van`) as HTMLInputElement).value = boundToText(filter, low);
      (elements.namedItem(`${filter}-tot`) as HTMLInputElement).value = boundToText(filter, high);
    }
  }

  /** A shared view that uses the folded filters shows them. */
  private unfoldUsedFilters() {
    const folded = this.form.querySelector<HTMLDetailsElement>('details.more-filters');
    const { provinces, ranges, changed, typeChoice } = this.state;
    const used =
      provinces.length > 0 ||
      Object.keys(ranges).length > 0 ||
      changed !== null ||
      typeChoice !== defaultState(this.years.initial).typeChoice;
    if (folded && used) folded.open = true;
  }

  /** Takes the state from the form controls (through URL parameters, so both agree). */
  private readForm() {
    this.separateYears();
    const value = (name: string) => (this.form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    const checked = (name: string) =>
      [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
    const params = new URLSearchParams();
    params.set(PARAM.year, checked(PARAM.year)[0] ?? String(this.state.year));
    params.set(PARAM.query, value(PARAM.query));
    params.set(PARAM.type, checked(PARAM.type).join(','));
    params.set(PARAM.province, checked(PARAM.province).join(','));
    if (checked(CHANGE_CONTROLS.on).length > 0) {
      params.set(
        PARAM.changed,
        changeYearsToParam([Number(value(CHANGE_CONTROLS.from)), Number(value(CHANGE_CONTROLS.to))]),
      );
    }
    for (const filter of Object.keys(RANGE_FILTERS))
      params.set(filter, `${value(`${filter}-van`)}-${value(`${filter}-tot`)}`);
    params.set(PARAM.typeChoice, checked(PARAM.typeChoice)[0] ?? this.state.typeChoice);
    params.set(PARAM.columns, checked(FIGURE_INPUT).join(','));
    params.set(PARAM.sort, this.state.sort.key);
    if (this.state.sort.descending) params.set(PARAM.order, DESCENDING);
    this.state = this.onScreen(stateFromParams(params, this.years, this.provinces, this.originYears));
    void this.render();
  }

  /** A state whose sort is on a column of its own table (see sortedOnScreen). */
  private onScreen(state: TableState): TableState {
    return sortedOnScreen(state, tableColumns(state, this.namedYears, this.originYears));
  }

  /** Every row of the state's year, and those that pass its filters, in its order. */
  private async shown(state: TableState): Promise<{ all: TableRow[]; shown: TableRow[] }> {
    const all = (await this.rowsOf(state.year)).table;
    return { all, shown: applyState(all, state) };
  }

  private async render() {
    const state = this.state;
    const { all, shown: rows } = await this.shown(state);
    // A newer state (the reader changed something while a year's figures loaded) renders itself.
    if (state !== this.state) return;
    const columns = tableColumns(state, this.namedYears, this.originYears);
    // Redrawn only when the columns change: a sort or a filter keeps the header, and the focus on its button.
    const header = JSON.stringify(columns.map(({ key, label, note }) => [key, label, note]));
    if (header !== this.drawnHeader) {
      this.querySelector('thead tr')!.replaceChildren(...columns.map(headerCell));
      this.drawnHeader = header;
    }
    const label = (type: TypeSlug) => this.typeLabels.get(type)!.content.cloneNode(true);
    this.body.replaceChildren(...rows.map((row) => rowElement(row, columns, state, label)));
    this.showYearNotes(state, rows, columns);
    this.querySelector('[data-count]')!.textContent =
      `${formatNumber(rows.length)} van de ${formatNumber(all.length)} gemeenten`;
    this.querySelector('[data-count-year]')!.textContent = String(this.state.year);
    for (const th of this.querySelectorAll<HTMLElement>('th[data-column]')) {
      const sorted = th.dataset['column'] === this.state.sort.key;
      if (sorted) th.setAttribute('aria-sort', this.state.sort.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
    const url = new URL(location.href);
    url.search = stateToParams(this.state, this.years.initial).toString();
    history.replaceState(history.state, '', url);
  }

  /** Downloads what the table shows: its columns in its order, its rows as sorted and filtered. */
  private async download() {
    const state = this.state;
    const { shown } = await this.shown(state);
    const chosen = this.form.querySelector<HTMLInputElement>(`input[name="${SHARE_UNIT_INPUT}"]:checked`)?.value;
    const unit = SHARE_UNITS.find((u) => u === chosen) ?? SHARE_UNITS[0]!;
    const csv = selectionCsv(shown, tableColumns(state, this.namedYears, this.originYears), state, unit);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `gemeenten-selectie-${state.year}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  /**
   * What depends on the year shown: the choice between named and derived types only where a source
   * names types in a year the table compares, and the note on shares with a decimal in a year CBS
   * published in whole percents (they are sums of the municipalities a later one was formed from).
   */
  private showYearNotes(state: TableState, rows: readonly TableRow[], columns: readonly TableColumn[]) {
    const compared = [state.year, ...(state.changed ?? [])];
    const choice = this.form.querySelector<HTMLElement>('.type-choice');
    if (choice) choice.hidden = !compared.some((year) => this.namedYears.includes(year));
    // A year without types (CBS's newer classification): the type filter is off, and says why.
    const untyped = this.originYears.includes(state.year);
    this.form.querySelector<HTMLFieldSetElement>('.type-filter')!.disabled = untyped;
    const noType = this.form.querySelector<HTMLElement>('[data-no-type-note]')!;
    noType.hidden = !untyped;
    noType.querySelector('[data-year]')!.textContent = String(state.year);
    const note = this.querySelector<HTMLElement>('[data-decimal-note]')!;
    const percentYears = this.dataset['percentYears']!.split(' ').map(Number);
    const shares = columns.flatMap((c) => (c.kind === 'figure' && c.figure.kind === 'share' ? [c.key] : []));
    const merged = percentYears.includes(state.year)
      ? rows.find((row) => shares.some((key) => !isWholePercent(row.values[key]!)))
      : undefined;
    note.hidden = !merged;
    if (merged) note.querySelector('[data-year]')!.textContent = String(state.year);
    if (merged) note.querySelector('[data-example]')!.textContent = merged.name;
  }
}

customElements.define('research-table', ResearchTable);
