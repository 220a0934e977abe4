import { FIGURE_COLUMNS, ORIGIN_COLUMNS } from './download-rows.ts';
import { formatColumnShare, formatIndex, formatNumber } from '../words/format.ts';
import { GROUP_LABELS, NON_WESTERN_GROUPS } from '../figures/migration-groups.ts';
import { ORIGIN_FIGURES, ORIGIN_LABELS } from '../figures/origin-groups.ts';
import type { ModelId } from '../figures/origin-models.ts';

/** The columns of the research table: which the reader sees for a state, and how figures read. */

/** A numeric column: its key in the download rows (or a derived one), its header, unit and kind. */
export interface NumberColumn {
  key: string;
  label: string;
  /** The unit, shown under the header so the cells can stay short. */
  unit: string;
  kind: 'count' | 'share' | 'index';
  /** The origin classification whose years have this figure; none for inhabitants, which every year has. */
  model?: ModelId;
}

/** The numeric columns of the table, in order: the shares are the download's aandeel_… columns. */
export const NUMBER_COLUMNS: NumberColumn[] = [
  { key: 'inwoners', label: 'Inwoners', unit: 'aantal', kind: 'count' },
  { key: 'migratieachtergrond', label: 'Migratie­achtergrond', unit: '%', kind: 'share', model: 'migratieachtergrond' },
  ...(['western', 'nonWestern', ...NON_WESTERN_GROUPS] as const).map((figure): NumberColumn => ({
    key: `aandeel_${FIGURE_COLUMNS[figure]}`,
    // A break after the slash keeps "Antilliaans/Arubaans" from widening its column.
    label: GROUP_LABELS[figure].replace('/', '/\u200b'),
    unit: '%',
    kind: 'share',
    model: 'migratieachtergrond',
  })),
  {
    key: 'diversiteitsindex',
    label: 'Diversiteits­index',
    unit: '0–1',
    kind: 'index',
    model: 'migratieachtergrond',
  },
  ...ORIGIN_FIGURES.map((figure): NumberColumn => ({
    key: `aandeel_${ORIGIN_COLUMNS[figure]}`,
    label: `Herkomst: ${ORIGIN_LABELS[figure]}`,
    unit: '%',
    kind: 'share',
    model: 'herkomstland',
  })),
];

/**
 * The figures shown until the reader chooses others: size, the two shares the rules start from and
 * the index, which together fit beside name, province and type on a 1280 px screen.
 */
export const DEFAULT_FIGURES: readonly string[] = [
  'inwoners',
  'migratieachtergrond',
  'aandeel_westers',
  'aandeel_niet_westers',
  'diversiteitsindex',
  // A year in the herkomstland classification shows its three groups instead.
  ...(['netherlands', 'europe', 'outsideEurope'] as const).map((f) => `aandeel_${ORIGIN_COLUMNS[f]}`),
];

/** A figure as the table shows it: counts with thousands separators, shares in percent, the index with two decimals. */
export function formatCell(column: NumberColumn, value: number): string {
  if (column.kind === 'count') return formatNumber(value);
  return column.kind === 'share' ? formatColumnShare(value) : formatIndex(value);
}

/** One column as the table shows it: its sort key, header and, under the header, a unit or what it compares. */
export type TableColumn =
  | { kind: 'name' | 'province' | 'type' | 'change'; key: string; label: string; note: string }
  | { kind: 'figure'; key: string; label: string; note: string; figure: NumberColumn };

/**
 * What of the table's state decides its columns (the table's whole state, TableState in table.ts,
 * extends it; kept here so that the columns need nothing from the table).
 */
export interface ColumnChoice {
  year: number;
  /**
   * Which type the table shows where a source names one: that named type ("genoemd"), or always the
   * type by this site's rules ("regels"). Elsewhere both are the type by the rules; the filters compare the one shown.
   */
  typeChoice: 'genoemd' | 'regels';
  /** Two years between which the shown type must differ, or null. */
  changed: [number, number] | null;
  /** The keys of the figure columns shown. */
  figures: string[];
}

/** What a type column shows, under its header: where a source names types that year, the reader's choice. */
function typeNote(state: ColumnChoice, year: number, namedYears: readonly number[]): string {
  return namedYears.includes(year) && state.typeChoice === 'genoemd' ? NAMED_NOTE : 'volgens de regels';
}

const NAMED_NOTE = 'genoemd door WRR/VNG, anders regels';

/**
 * The columns for a state: name, province, the chosen year's type, the change between the filter's
 * two years when that filter is on, and the chosen figures. `namedYears` are the years in which a
 * source names types (only there do the two type choices differ).
 */
export function tableColumns(
  state: ColumnChoice,
  namedYears: readonly number[],
  originYears: readonly number[] = [],
): TableColumn[] {
  // A year in the herkomstland classification has no type: its figures only.
  const model: ModelId = originYears.includes(state.year) ? 'herkomstland' : 'migratieachtergrond';
  const columns: TableColumn[] = [
    { kind: 'name', key: 'gemeentenaam', label: 'Gemeente', note: '' },
    { kind: 'province', key: 'provincie', label: 'Provincie', note: '' },
  ];
  if (model === 'migratieachtergrond') {
    columns.push({
      kind: 'type',
      key: 'type',
      label: `Type ${state.year}`,
      note: typeNote(state, state.year, namedYears),
    });
  }
  if (state.changed && model === 'migratieachtergrond') {
    const [from, to] = state.changed;
    const named = [from, to].filter((year) => typeNote(state, year, namedYears) === NAMED_NOTE);
    const note = named.length > 0 ? `${named.join(' en ')}: ${NAMED_NOTE}` : 'volgens de regels';
    columns.push({ kind: 'change', key: 'veranderd', label: `Veranderd ${from} → ${to}`, note });
  }
  for (const figure of NUMBER_COLUMNS) {
    if (state.figures.includes(figure.key) && (figure.model ?? model) === model)
      columns.push({ kind: 'figure', key: figure.key, label: figure.label, note: figure.unit, figure });
  }
  return columns;
}
