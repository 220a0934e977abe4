import {
  GROUP_FIGURES,
  NON_WESTERN_GROUPS,
  sharesOf,
  type GroupFigure,
  type GroupValues,
} from '../../src/lib/figures/migration-groups.ts';
import {
  ORIGIN_FIGURES,
  ORIGIN_GROUPS,
  ORIGIN_SPLIT,
  originSharesOf,
  type OriginValues,
} from '../../src/lib/figures/origin-groups.ts';
import { roundTo } from '../../src/lib/figures/round.ts';
import {
  nameAndInhabitants,
  publishedFigure,
  readRows,
  type CellReader,
  type RowOf,
  type RowsOf,
  type StatisticsFormat,
} from './statistics-table.ts';

/** A region row other than a municipality's, and a statistics file's layout, for the pipeline's other steps. */
export type { OtherRegion, StatisticsFormat } from './statistics-table.ts';
/** How far a file's municipalities may lie from the national shares CBS published, in points. */
export { NATIONAL_SHARE_TOLERANCE } from './statistics-table.ts';

/**
 * A statistics file's municipality rows as each origin model has them (see origin-models.ts):
 * the Western/non-Western groups up to 2022, the herkomstland groups from 2023 on. The table
 * itself, the region rows and the national checks are common (statistics-table.ts).
 */

/** One municipality row with the Western/non-Western groups, as numbers of persons and shares. */
export type StatisticsRow = RowOf<GroupValues>;

/** One municipality row with the herkomstland groups. */
export type OriginRow = RowOf<OriginValues>;

/** A file of the Western/non-Western model: its municipality rows and the other regions passed over. */
export type StatisticsFile = RowsOf<GroupValues>;

/** A file of either model, with its model. */
export type YearRows =
  ({ model: 'migratieachtergrond' } & RowsOf<GroupValues>) | ({ model: 'herkomstland' } & RowsOf<OriginValues>);

/** Half a published unit: what rounding to whole percents may move a share by, either way. */
const ROUNDING = 0.5;

/** Reads a statistics file of the entry's model. */
export function readYearStatistics(text: string, source: StatisticsFormat, file: string): YearRows {
  return source.model === 'herkomstland'
    ? { model: 'herkomstland', ...readOriginStatistics(text, source, file) }
    : { model: 'migratieachtergrond', ...readStatistics(text, source, file) };
}

/**
 * Reads a file with the Western/non-Western groups: every cell is checked, the five non-Western
 * groups must add up to their total and leave a Dutch background of 0 or more.
 */
export function readStatistics(text: string, source: StatisticsFormat, file: string): StatisticsFile {
  if (source.model !== 'migratieachtergrond')
    throw new Error(`${file}: read a ${source.model} file with readYearStatistics`);
  return readRows(text, source, file, (cell, code, line) => readBackgroundRow(cell, code, line, source));
}

/**
 * Reads a file with the herkomstland groups: the three groups must make up all inhabitants, and
 * each group from abroad its parts born here and born abroad.
 */
export function readOriginStatistics(text: string, source: StatisticsFormat, file: string): RowsOf<OriginValues> {
  if (source.model !== 'herkomstland') throw new Error(`${file}: read a ${source.model} file with readYearStatistics`);
  return readRows(text, source, file, (cell, code, line) => readOriginRow(cell, code, line, source));
}

/** Checks and reads one municipality row of the Western/non-Western model. */
function readBackgroundRow(cell: CellReader, code: string, line: number, source: StatisticsFormat): StatisticsRow {
  const { name, inhabitants } = nameAndInhabitants(cell, source);
  const published = (field: Exclude<GroupFigure, 'dutch'>) => publishedFigure(cell, field, source, inhabitants);
  const values = {
    western: published('western'),
    nonWestern: published('nonWestern'),
    ...(Object.fromEntries(NON_WESTERN_GROUPS.map((g) => [g, published(g)])) as Record<
      (typeof NON_WESTERN_GROUPS)[number],
      number
    >),
  };
  const whole = source.unit === 'count' ? inhabitants : 100;
  checkSum(cell, source, NON_WESTERN_GROUPS, values, {
    field: 'nonWestern',
    value: values.nonWestern,
    label: 'the non-Western total to equal the sum of its five groups',
  });
  checkRemainder(cell, values, whole, source);
  const byGroup: GroupValues = { dutch: whole - values.western - values.nonWestern, ...values };
  // In the order of GROUP_FIGURES, as sums are, so a municipality's figures read the same either way.
  const asPublished = Object.fromEntries(GROUP_FIGURES.map((key) => [key, byGroup[key]])) as GroupValues;
  if (source.unit === 'count') {
    return { code, name, line, inhabitants, counts: asPublished, shares: sharesOf(asPublished, inhabitants) };
  }
  const shares = Object.fromEntries(GROUP_FIGURES.map((key) => [key, asPublished[key] / 100])) as GroupValues;
  return { code, name, line, inhabitants, counts: countsFromPercentages(asPublished, inhabitants), shares };
}

/** Checks and reads one municipality row of the herkomstland model. */
function readOriginRow(cell: CellReader, code: string, line: number, source: StatisticsFormat): OriginRow {
  const { name, inhabitants } = nameAndInhabitants(cell, source);
  const values = Object.fromEntries(
    ORIGIN_FIGURES.map((f) => [f, publishedFigure(cell, f, source, inhabitants)]),
  ) as OriginValues;
  const whole = source.unit === 'count' ? inhabitants : 100;
  checkSum(cell, source, ORIGIN_GROUPS, values, {
    value: whole,
    label: `the three origin groups to make up ${source.unit === 'count' ? `the ${whole} inhabitants` : '100%'}`,
  });
  for (const [group, { bornHere, bornAbroad }] of Object.entries(ORIGIN_SPLIT)) {
    checkSum(cell, source, [bornHere, bornAbroad], values, {
      field: group,
      value: values[group as keyof typeof ORIGIN_SPLIT],
      label: 'the group to equal its parts born in the Netherlands and born abroad',
    });
  }
  if (source.unit === 'count')
    return { code, name, line, inhabitants, counts: values, shares: originSharesOf(values, inhabitants) };
  const shares = Object.fromEntries(ORIGIN_FIGURES.map((f) => [f, values[f] / 100])) as OriginValues;
  // Each count from its own whole percent: the three may miss the inhabitants by the rounding.
  const counts = Object.fromEntries(
    ORIGIN_FIGURES.map((f) => [f, Math.round(shares[f] * inhabitants)]),
  ) as OriginValues;
  return { code, name, line, inhabitants, counts, shares };
}

/**
 * Published parts must add up to their whole: exactly for counts, and for whole percents within
 * their combined rounding (half a point for each part, and for the total where it is published
 * too). Refused at the total's column (or the first part's), naming every column with its value.
 */
function checkSum(
  cell: CellReader,
  source: StatisticsFormat,
  parts: readonly string[],
  values: Record<string, number>,
  total: { field?: string; value: number; label: string },
): void {
  const sum = parts.reduce((so, part) => so + values[part]!, 0);
  const slack = source.unit === 'count' ? 0 : (parts.length + (total.field ? 1 : 0)) * ROUNDING;
  if (Math.abs(sum - total.value) <= slack + 1e-9) return;
  const within = slack === 0 ? 'exactly' : `within their rounding (at most ${slack} points apart)`;
  const named = parts.map((field) => `${cell.column(field)} ${cell.value(field)}`);
  cell.fail(total.field ?? parts[0]!, `${total.label} ${within}`, `, but ${named.join(' + ')} = ${roundTo(sum, 6)}`);
}

/**
 * Western and non-Western leave a Dutch background of 0 or more. A remainder below 0 is refused
 * even where rounding could explain it: no municipality can be typed with a negative share.
 */
function checkRemainder(
  cell: CellReader,
  values: { western: number; nonWestern: number },
  whole: number,
  source: StatisticsFormat,
): void {
  const remainder = roundTo(whole - values.western - values.nonWestern, 6);
  if (remainder >= 0) return;
  cell.fail(
    'nonWestern',
    `Western and non-Western together at most ${source.unit === 'count' ? `the ${whole} inhabitants` : '100%'}`,
    `, beside ${cell.column('western')} ${cell.value('western')}: that leaves a Dutch background of ${remainder}`,
  );
}

/** Numbers of persons from whole-percent shares; Dutch background is what the other two leave. */
function countsFromPercentages(percentages: GroupValues, inhabitants: number): GroupValues {
  const counts = Object.fromEntries(
    GROUP_FIGURES.map((key) => [key, Math.round((percentages[key] / 100) * inhabitants)]),
  ) as GroupValues;
  return { ...counts, dutch: inhabitants - counts.western - counts.nonWestern };
}
