import Papa from 'papaparse';
import {
  NON_WESTERN_GROUPS,
  GROUP_FIGURES,
  sharesOf,
  type NonWesternGroup,
  type GroupFigure,
  type GroupValues,
} from '../../src/lib/migration-groups.ts';
import { roundTo } from '../../src/lib/round.ts';
import { countText } from './count-text.ts';
import { InputError } from '../../src/lib/input-error.ts';
import {
  NATIONALLY_CHECKED,
  STATISTICS_FIELDS,
  type FigureField,
  type NationallyChecked,
  type StatisticsField,
  type StatisticsSource,
} from './sources.ts';

/** One municipality row of a statistics file, with origin figures as numbers of persons. */
export interface StatisticsRow {
  code: string;
  name: string;
  /** Line in the source file, for messages further down the pipeline. */
  line: number;
  inhabitants: number;
  /** Numbers of persons; for a percentage file derived from the published shares. */
  counts: GroupValues;
  /** Shares 0–1; for a percentage file exactly as published, so thresholds compare exactly. */
  shares: GroupValues;
}

/** Kinds of rows a CBS file may hold besides municipalities: they are counted and passed over. */
export type OtherRegion = 'district' | 'neighbourhood' | 'country' | 'region';

/** A statistics file as read: its municipality rows and how many rows of other regions it passed over. */
export interface StatisticsFile {
  rows: StatisticsRow[];
  skipped: Record<OtherRegion, number>;
}

/** What reading a statistics file needs from its manifest entry. */
export type StatisticsFormat = Pick<StatisticsSource, 'columns' | 'unit' | 'nationalInhabitants' | 'nationalShares'>;

/**
 * How far, in percentage points, a national share computed from the municipalities may lie from
 * what CBS published. Whole percents move it by up to half a point, and where the manifest's
 * figure is of a neighbouring year, a year moves these shares by less than another; a file saved
 * as fractions of one, or with two columns swapped, lies several points off.
 */
export const NATIONAL_SHARE_TOLERANCE = 1.5;

/** Half a published unit: what rounding to whole percents may move a share by, either way. */
const ROUNDING = 0.5;

/**
 * Region codes CBS uses in the Kerncijfers wijken en buurten and in StatLine exports. Rows of
 * districts and neighbourhoods add up to their municipality, and the country, parts of the
 * country, provinces and COROP regions are sums of municipalities: reading them too would count
 * people twice, so they are counted and passed over (the country's total is checked first).
 */
const REGION_CODES: [RegExp, OtherRegion | 'municipality'][] = [
  [/^GM\d{4}$/, 'municipality'],
  [/^WK\d{6}$/, 'district'],
  [/^BU\d{8}$/, 'neighbourhood'],
  [/^NL\d{2}$/, 'country'],
  [/^(LD|PV|CR)\d{2}$/, 'region'],
];
const WHOLE_NUMBER = /^\d+$/;
const DECIMAL = /^\d+(?:[.,]\d+)?$/;

/** A parsed file: its header and each data row with the line it starts on. */
interface Table {
  header: string[];
  headerLine: number;
  rows: { cells: string[]; line: number }[];
}

/**
 * Reads a CBS-style municipality statistics file (`;`-separated, quoted or not, any line ends,
 * with or without a byte-order mark or Excel's `sep=;` line) with the column mapping of its
 * manifest entry. Every cell it uses is checked, each municipality's figures must be possible,
 * and the municipalities must add up to the national total the manifest records.
 */
export function readStatistics(text: string, source: StatisticsFormat, file: string): StatisticsFile {
  const { header, headerLine, rows } = parseTable(text, file);
  const columnIndex = mapColumns(header, source, file, headerLine);
  const cellsOf = (cells: string[], line: number) => cellReader(cells, line, columnIndex, source, file);
  const result: StatisticsRow[] = [];
  const skipped: Record<OtherRegion, number> = { district: 0, neighbourhood: 0, country: 0, region: 0 };
  const seen = new Map<string, number>();
  for (const { cells, line } of rows) {
    if (cells.every((c) => c.trim() === '')) continue; // a blank line, or a spreadsheet's empty row
    if (isTextLine(cells)) {
      const shown = cells.slice(0, 3).map((c) => JSON.stringify(c.trim()));
      throw new InputError(
        file,
        `expected a row of figures, found a line of text (${shown.join(', ')}${cells.length > 3 ? ', …' : ''}); ` +
          'remove lines of units, notes or sources above or below the table (a StatLine export has them), ' +
          'so that only rows of figures follow the header',
        { line, column: 1 },
      );
    }
    if (cells.length !== header.length) {
      const short = cells.length < header.length;
      // Point at the first value that is missing, or the first one too many.
      throw new InputError(
        file,
        `expected ${header.length} values separated by ";", found ${cells.length}${short ? '; the line may be truncated' : ''}`,
        { line, column: Math.min(cells.length, header.length) + 1 },
      );
    }
    const cell = cellsOf(cells, line);
    const code = cell.value('code');
    const region = regionOf(code);
    if (!region) cell.fail('code', 'a municipality code such as "GM0363"');
    if (region === 'country') checkNationalRow(cell, source);
    if (region !== 'municipality') {
      skipped[region!] += 1;
      continue;
    }
    const previous = seen.get(code);
    if (previous !== undefined) cell.fail('code', `a code not used before (it is also on line ${previous})`);
    seen.set(code, line);
    result.push(readRow(cell, code, line, source));
  }
  if (result.length === 0) throw new InputError(file, 'the file has a header but no municipality rows');
  checkNationalTotal(result, source, file);
  checkNationalShares(result, source, file, (field) => ({ line: headerLine, column: columnIndex[field] + 1 }));
  return { rows: result, skipped };
}

/**
 * Parses the text into a header and rows, keeping the physical line of every row. Line ends are
 * made alike first (a file edited on two systems can mix LF and CRLF); Excel's `sep=;` line is
 * passed over; a file separated by anything but `;` is refused with what to do.
 */
function parseTable(text: string, file: string): Table {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (body.trim() === '')
    throw new InputError(file, 'the file is empty; expected a header line and one line per municipality');
  // The separator is checked before parsing: in a file separated by anything else, quoted values
  // would read as broken quotes and the message would point the wrong way.
  const [first = '', second = ''] = body.split('\n', 2);
  const declared = /^sep=(.*)$/i.exec(first.trim());
  if (declared && declared[1] !== ';') {
    throw new InputError(file, `the file declares "${declared[1]}" as its separator; save it with ";" as separator`, {
      line: 1,
    });
  }
  const headerText = declared ? second : first;
  const other = headerText.includes(';') ? undefined : [',', '\t'].find((separator) => headerText.includes(separator));
  if (other) {
    const name = other === ',' ? 'commas' : 'tabs';
    throw new InputError(file, `the header is separated by ${name}; save the file with ";" as separator`, {
      line: declared ? 2 : 1,
    });
  }
  // Without a header row papaparse keeps every physical line, so line numbers stay exact.
  const parsed = Papa.parse<string[]>(body, { delimiter: ';', header: false, skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    throw new InputError(file, `unterminated quoted value (${quoteError.message}); the file may be truncated`, {
      line: (quoteError.row ?? 0) + 1,
    });
  }
  const lines = parsed.data.map((cells, index) => ({ cells, line: index + 1 })).slice(declared ? 1 : 0);
  const [head, ...rows] = lines;
  return { header: head?.cells ?? [], headerLine: head?.line ?? 1, rows };
}

/** The kind of region a code stands for, or undefined when it is no CBS region code at all. */
function regionOf(code: string): OtherRegion | 'municipality' | undefined {
  return REGION_CODES.find(([pattern]) => pattern.test(code))?.[1];
}

/** A line with neither a region code nor a number in it: units, a note or a source line, not a row of data. */
function isTextLine(cells: string[]): boolean {
  return !cells.some((cell) => {
    const c = cell.trim();
    return regionOf(c) !== undefined || DECIMAL.test(c.replace(/^-|%$/g, ''));
  });
}

/** The cells of one row by field, with their position, and a way to reject one with its position. */
function cellReader(
  cells: string[],
  line: number,
  columnIndex: Record<StatisticsField, number>,
  source: StatisticsFormat,
  file: string,
) {
  const at = (field: StatisticsField) => ({ line, column: columnIndex[field] + 1 });
  const value = (field: StatisticsField) => cells[columnIndex[field]]!.trim();
  const fail = (field: StatisticsField, expected: string, hint = ''): never => {
    throw new InputError(
      file,
      `column "${source.columns[field]}": expected ${expected}, found ${JSON.stringify(value(field))}${hint}`,
      at(field),
    );
  };
  return { value, fail, at };
}

type CellReader = ReturnType<typeof cellReader>;

/** Checks and reads one municipality row. */
function readRow(cell: CellReader, code: string, line: number, source: StatisticsFormat): StatisticsRow {
  const name = cell.value('name');
  if (name === '') cell.fail('name', 'a municipality name');
  const national = source.nationalInhabitants;
  const inhabitants = wholeNumber(cell, 'inhabitants', 'a positive whole number of inhabitants');
  if (inhabitants === 0) cell.fail('inhabitants', 'a positive whole number of inhabitants');
  if (inhabitants > national) {
    cell.fail('inhabitants', `at most the ${countText(national)} inhabitants of the Netherlands (the manifest)`);
  }
  const published = (field: Exclude<FigureField, 'inhabitants'>): number => {
    if (source.unit === 'percent') return percentage(cell, field);
    const count = wholeNumber(cell, field, 'a whole number of persons (0 or more)');
    if (count > inhabitants) cell.fail(field, `at most the ${inhabitants} inhabitants of this municipality`);
    return count;
  };
  const values = {
    western: published('western'),
    nonWestern: published('nonWestern'),
    ...(Object.fromEntries(NON_WESTERN_GROUPS.map((g) => [g, published(g)])) as Record<NonWesternGroup, number>),
  };
  const whole = source.unit === 'count' ? inhabitants : 100;
  checkParts(cell, values, whole, source);
  const byGroup: GroupValues = { dutch: whole - values.western - values.nonWestern, ...values };
  // In the order of GROUP_FIGURES, as sums are, so a municipality's figures read the same either way.
  const asPublished = Object.fromEntries(GROUP_FIGURES.map((key) => [key, byGroup[key]])) as GroupValues;
  if (source.unit === 'count') {
    return { code, name, line, inhabitants, counts: asPublished, shares: sharesOf(asPublished, inhabitants) };
  }
  const shares = Object.fromEntries(GROUP_FIGURES.map((key) => [key, asPublished[key] / 100])) as GroupValues;
  return { code, name, line, inhabitants, counts: countsFromPercentages(asPublished, inhabitants), shares };
}

/**
 * The published parts must fit their wholes: the five non-Western groups add up to the non-Western
 * total, and Western and non-Western leave a Dutch remainder of 0 or more. Counts must add up
 * exactly; whole percents within their combined rounding (half a point for each part and for the
 * total). A remainder below 0 is refused even where rounding could explain it: no municipality
 * can be typed with a negative share.
 */
function checkParts(
  cell: CellReader,
  values: Record<Exclude<GroupFigure, 'dutch'>, number>,
  whole: number,
  source: StatisticsFormat,
): void {
  const named = (field: StatisticsField) => `${source.columns[field]} ${cell.value(field)}`;
  const sum = NON_WESTERN_GROUPS.reduce((total, g) => total + values[g], 0);
  const slack = source.unit === 'count' ? 0 : (NON_WESTERN_GROUPS.length + 1) * ROUNDING;
  if (Math.abs(sum - values.nonWestern) > slack + 1e-9) {
    const within = slack === 0 ? 'exactly' : `within their rounding (at most ${slack} points apart)`;
    cell.fail(
      'nonWestern',
      `the non-Western total to equal the sum of its five groups ${within}`,
      `, but ${NON_WESTERN_GROUPS.map(named).join(' + ')} = ${roundTo(sum, 6)}`,
    );
  }
  const remainder = roundTo(whole - values.western - values.nonWestern, 6);
  if (remainder < 0) {
    cell.fail(
      'nonWestern',
      `Western and non-Western together at most ${source.unit === 'count' ? `the ${whole} inhabitants` : '100%'}`,
      `, beside ${named('western')}: that leaves a Dutch background of ${remainder}`,
    );
  }
}

/** A cell that must hold a whole number, with a hint for the ways spreadsheets and CBS write one otherwise. */
function wholeNumber(cell: CellReader, field: FigureField, expected: string): number {
  const text = cell.value(field);
  if (!WHOLE_NUMBER.test(text)) cell.fail(field, expected, hintFor(text));
  const value = Number(text);
  if (!Number.isSafeInteger(value)) cell.fail(field, `${expected}, small enough to count exactly`);
  return value;
}

/** A cell that must hold a percentage as CBS publishes them (a decimal comma or point is fine). */
function percentage(cell: CellReader, field: FigureField): number {
  const text = cell.value(field);
  if (!DECIMAL.test(text)) cell.fail(field, 'a percentage between 0 and 100', hintFor(text));
  const percent = Number(text.replace(',', '.'));
  if (percent > 100) cell.fail(field, 'a percentage between 0 and 100');
  return percent;
}

/** Why a cell that is not a plain number may look the way it does, and what to do. */
function hintFor(text: string): string {
  if (text === '.' || text === '') {
    return '; CBS leaves a figure empty or writes "." where it is secret or unknown, and every type needs every figure';
  }
  if (/^\d{1,3}([. ]\d{3})+$/.test(text)) return '; write numbers without thousands separators';
  if (/%$/.test(text)) return '; write the number without the % sign';
  if (/^-/.test(text)) return '; a figure cannot be negative';
  return '';
}

/** The country's own row, where a file has one, must give the national total the manifest records. */
function checkNationalRow(cell: CellReader, source: StatisticsFormat): void {
  const national = source.nationalInhabitants;
  if (cell.value('inhabitants') !== String(national)) {
    cell.fail('inhabitants', `the national total of ${countText(national)} inhabitants the manifest records`);
  }
}

/** The municipalities together must make up the country: none missing, none counted twice. */
function checkNationalTotal(rows: readonly StatisticsRow[], source: StatisticsFormat, file: string): void {
  const sum = rows.reduce((total, r) => total + r.inhabitants, 0);
  if (sum !== source.nationalInhabitants) {
    throw new InputError(
      file,
      `the ${rows.length} municipalities add up to ${countText(sum)} inhabitants, but the national total the manifest ` +
        `records for this file is ${countText(source.nationalInhabitants)}; a municipality is missing, doubled or wrong`,
    );
  }
}

/**
 * The municipalities' national share of each checked figure must lie near what CBS published for
 * the country (the manifest's nationalShares): a file whose shares are fractions of one, or
 * whose columns are swapped, is refused at the column's header with what was found.
 */
function checkNationalShares(
  rows: readonly StatisticsRow[],
  source: StatisticsFormat,
  file: string,
  headerOf: (field: StatisticsField) => { line: number; column: number },
): void {
  const { shares, referenceDate, source: where } = source.nationalShares;
  const inhabitants = rows.reduce((total, r) => total + r.inhabitants, 0);
  for (const figure of NATIONALLY_CHECKED) {
    const found = (100 * rows.reduce((total, r) => total + r.counts[figure], 0)) / inhabitants;
    const published = shares[figure];
    if (Math.abs(found - published) <= NATIONAL_SHARE_TOLERANCE) continue;
    throw new InputError(
      file,
      `column "${source.columns[figure]}": expected the ${rows.length} municipalities together to come within ` +
        `${NATIONAL_SHARE_TOLERANCE} points of the ${published}% CBS published for the country on ${referenceDate} ` +
        `(nationalShares in the manifest: ${where}), found ${roundTo(found, 2)}%${fractionHint(rows, source, figure)}`,
      headerOf(figure),
    );
  }
}

/** Where every percentage of a column is at most 1, the likely reason and what to do, quoting the first value. */
function fractionHint(rows: readonly StatisticsRow[], source: StatisticsFormat, figure: NationallyChecked): string {
  if (source.unit !== 'percent' || !rows.every((r) => r.shares[figure] <= 0.01)) return '';
  const first = rows.find((r) => r.shares[figure] > 0) ?? rows[0]!;
  return (
    `; every value in the column is at most 1 (line ${first.line}: ${roundTo(first.shares[figure] * 100, 6)}), ` +
    `as when shares are saved as fractions of one: write 7 for 7%, not 0.07`
  );
}

/** Finds the column of every mapped field in the header, or says which are missing. */
function mapColumns(
  header: string[],
  source: Pick<StatisticsSource, 'columns'>,
  file: string,
  line: number,
): Record<StatisticsField, number> {
  const names = header.map((h) => h.trim());
  const missing = STATISTICS_FIELDS.filter((field) => !names.includes(source.columns[field]));
  if (missing.length > 0) {
    const list = missing.map((field) => `"${source.columns[field]}" (${field})`).join(', ');
    // A StatLine export starts with the table's title: the header must be the first line.
    const hint = names.length === 1 ? '; the first line must be the header, without a title above it' : '';
    throw new InputError(file, `missing column(s) ${list}; the header has: ${names.join(', ')}${hint}`, { line });
  }
  return Object.fromEntries(STATISTICS_FIELDS.map((field) => [field, names.indexOf(source.columns[field])])) as Record<
    StatisticsField,
    number
  >;
}

/** Numbers of persons from whole-percent shares; Dutch background is what the other two leave. */
function countsFromPercentages(percentages: GroupValues, inhabitants: number): GroupValues {
  const counts = Object.fromEntries(
    GROUP_FIGURES.map((key) => [key, Math.round((percentages[key] / 100) * inhabitants)]),
  ) as GroupValues;
  return { ...counts, dutch: inhabitants - counts.western - counts.nonWestern };
}
