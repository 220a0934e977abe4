import Papa from 'papaparse';
import { InputError } from '../../src/lib/checks/input-error.ts';
import { fieldsOf, MODEL_IDS, modelsInHeader, ORIGIN_MODELS } from '../../src/lib/figures/origin-models.ts';
import { roundTo } from '../../src/lib/figures/round.ts';
import { countText } from './count-text.ts';
import type { StatisticsSource } from './sources.ts';

/**
 * What every CBS-style statistics file has in common, whatever its origin model: the table
 * (separator, quoting, line ends), the region rows besides municipalities, the mapped columns,
 * cells read as numbers with a hint for what spreadsheets do to them, and the checks against the
 * country's figures. The model's own rows are read by read-statistics.ts.
 */

/** Kinds of rows a CBS file may hold besides municipalities: they are counted and passed over. */
export type OtherRegion = 'district' | 'neighbourhood' | 'country' | 'region';

/** What reading a statistics file needs from its manifest entry. */
export type StatisticsFormat = Pick<
  StatisticsSource,
  'model' | 'columns' | 'unit' | 'nationalInhabitants' | 'nationalShares'
>;

/** A municipality row of any model: figures as numbers of persons (`counts`) and shares 0–1. */
export interface RowOf<V extends Record<string, number>> {
  code: string;
  name: string;
  /** Line in the source file, for messages further down the pipeline. */
  line: number;
  inhabitants: number;
  /** Numbers of persons; for a percentage file derived from the published shares. */
  counts: V;
  /** Shares 0–1; for a percentage file exactly as published, so thresholds compare exactly. */
  shares: V;
}

/** A file's municipality rows and how many rows of other regions it passed over. */
export interface RowsOf<V extends Record<string, number>> {
  rows: RowOf<V>[];
  skipped: Record<OtherRegion, number>;
}

/**
 * How far, in percentage points, a national share computed from the municipalities may lie from
 * what CBS published. Whole percents move it by up to half a point, and where the manifest's
 * figure is of a neighbouring year, a year moves these shares by less than another; a file saved
 * as fractions of one, or with a wrong column, lies several points off.
 */
export const NATIONAL_SHARE_TOLERANCE = 1.5;

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
 * Reads the municipality rows of a CBS-style statistics file (`;`-separated, quoted or not, any
 * line ends, with or without a byte-order mark or Excel's `sep=;` line) with the column mapping of
 * its manifest entry; `readRow` reads and checks one municipality's figures as its model has them.
 * The municipalities must add up to the national total, and their national shares lie near what
 * CBS published.
 */
export function readRows<V extends Record<string, number>>(
  text: string,
  source: StatisticsFormat,
  file: string,
  readRow: (cell: CellReader, code: string, line: number) => RowOf<V>,
): RowsOf<V> {
  const { header, headerLine, rows } = parseTable(text, file);
  const columnIndex = mapColumns(header, source, file, headerLine);
  const result: RowOf<V>[] = [];
  const skipped: Record<OtherRegion, number> = { district: 0, neighbourhood: 0, country: 0, region: 0 };
  const seen = new Map<string, number>();
  for (const { cells, line } of rows) {
    if (cells.every((c) => c.trim() === '')) continue; // a blank line, or a spreadsheet's empty row
    checkRowShape(cells, header.length, file, line);
    const cell = cellReader(cells, line, columnIndex, source, file);
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
    result.push(readRow(cell, code, line));
  }
  if (result.length === 0) throw new InputError(file, 'the file has a header but no municipality rows');
  checkNationalTotal(result, source, file);
  checkNationalShares(result, source, file, (field) => ({ line: headerLine, column: columnIndex[field]! + 1 }));
  return { rows: result, skipped };
}

/** A row must be figures (not a line of units or a source line) with as many values as the header. */
function checkRowShape(cells: string[], width: number, file: string, line: number): void {
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
  if (cells.length !== width) {
    const short = cells.length < width;
    // Point at the first value that is missing, or the first one too many.
    throw new InputError(
      file,
      `expected ${width} values separated by ";", found ${cells.length}${short ? '; the line may be truncated' : ''}`,
      { line, column: Math.min(cells.length, width) + 1 },
    );
  }
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
  columnIndex: Record<string, number>,
  source: StatisticsFormat,
  file: string,
) {
  const at = (field: string) => ({ line, column: columnIndex[field]! + 1 });
  const value = (field: string) => cells[columnIndex[field]!]!.trim();
  const fail = (field: string, expected: string, hint = ''): never => {
    throw new InputError(
      file,
      `column "${source.columns[field]}": expected ${expected}, found ${JSON.stringify(value(field))}${hint}`,
      at(field),
    );
  };
  return { value, fail, at, column: (field: string) => source.columns[field]! };
}

/** One row's cells, as a model's row reader gets them. */
export type CellReader = ReturnType<typeof cellReader>;

/** A figure as the file publishes it: a percentage (0–100), or a whole number of persons up to the inhabitants. */
export function publishedFigure(
  cell: CellReader,
  field: string,
  source: StatisticsFormat,
  inhabitants: number,
): number {
  if (source.unit === 'percent') return percentage(cell, field);
  const count = wholeNumber(cell, field, 'a whole number of persons (0 or more)');
  if (count > inhabitants) cell.fail(field, `at most the ${inhabitants} inhabitants of this municipality`);
  return count;
}

/** The name and the inhabitants of a row: a name, and a whole number from 1 up to the national total. */
export function nameAndInhabitants(cell: CellReader, source: StatisticsFormat): { name: string; inhabitants: number } {
  const name = cell.value('name');
  if (name === '') cell.fail('name', 'a municipality name');
  const national = source.nationalInhabitants;
  const inhabitants = wholeNumber(cell, 'inhabitants', 'a positive whole number of inhabitants');
  if (inhabitants === 0) cell.fail('inhabitants', 'a positive whole number of inhabitants');
  if (inhabitants > national) {
    cell.fail('inhabitants', `at most the ${countText(national)} inhabitants of the Netherlands (the manifest)`);
  }
  return { name, inhabitants };
}

/** A cell that must hold a whole number, with a hint for the ways spreadsheets and CBS write one otherwise. */
export function wholeNumber(cell: CellReader, field: string, expected: string): number {
  const text = cell.value(field);
  if (!WHOLE_NUMBER.test(text)) cell.fail(field, expected, hintFor(text));
  const value = Number(text);
  if (!Number.isSafeInteger(value)) cell.fail(field, `${expected}, small enough to count exactly`);
  return value;
}

/** A cell that must hold a percentage as CBS publishes them (a decimal comma or point is fine). */
function percentage(cell: CellReader, field: string): number {
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
function checkNationalTotal(rows: readonly { inhabitants: number }[], source: StatisticsFormat, file: string): void {
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
 * The municipalities' national share of each figure the model checks must lie near what CBS
 * published for the country (the manifest's nationalShares): a file whose shares are fractions
 * of one, or with a wrong column, is refused at the column's header with what was found.
 */
function checkNationalShares(
  rows: readonly RowOf<Record<string, number>>[],
  source: StatisticsFormat,
  file: string,
  headerOf: (field: string) => { line: number; column: number },
): void {
  const { shares, referenceDate, source: where } = source.nationalShares;
  const inhabitants = rows.reduce((total, r) => total + r.inhabitants, 0);
  for (const figure of ORIGIN_MODELS[source.model].nationallyChecked) {
    const found = (100 * rows.reduce((total, r) => total + r.counts[figure]!, 0)) / inhabitants;
    const published = shares[figure]!;
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
function fractionHint(
  rows: readonly RowOf<Record<string, number>>[],
  source: StatisticsFormat,
  figure: string,
): string {
  if (source.unit !== 'percent' || !rows.every((r) => r.shares[figure]! <= 0.01)) return '';
  const first = rows.find((r) => r.shares[figure]! > 0) ?? rows[0]!;
  return (
    `; every value in the column is at most 1 (line ${first.line}: ${roundTo(first.shares[figure]! * 100, 6)}), ` +
    `as when shares are saved as fractions of one: write 7 for 7%, not 0.07`
  );
}

/**
 * Finds the column of every field of the entry's model in the header, or says what is wrong: a
 * header that mixes the columns of both origin models, one that has the other model's columns,
 * or one that lacks some.
 */
function mapColumns(header: string[], source: StatisticsFormat, file: string, line: number): Record<string, number> {
  const names = header.map((h) => h.trim());
  const models = modelsInHeader(names);
  if (models.length > 1) {
    const list = models.map((m) => `${m.columns.join(', ')} (${m.model})`).join(' and ');
    throw new InputError(
      file,
      `the header mixes the columns of two origin classifications: ${list}; a file holds the figures of one, ` +
        `as CBS published them for its year (${source.model} for this entry)`,
      { line },
    );
  }
  const fields = fieldsOf(source.model);
  const missing = fields.filter((field) => !names.includes(source.columns[field]!));
  if (missing.length > 0) {
    const list = missing.map((field) => `"${source.columns[field]}" (${field})`).join(', ');
    const other = models.find((m) => m.model !== source.model);
    // A StatLine export starts with the table's title: the header must be the first line.
    const hint = other
      ? `; the header has the columns of CBS's ${other.model} classification (${other.columns.join(', ')}), ` +
        `but the manifest says ${source.model}: give the entry "model": "${other.model}" and its columns`
      : names.length === 1
        ? '; the first line must be the header, without a title above it'
        : models.length === 0
          ? `; none of them is a column CBS or PDOK uses for either origin classification (${MODEL_IDS.map(
              (m) => `${m}: ${ORIGIN_MODELS[m].knownColumns.slice(0, 2).join(', ')}, …`,
            ).join('; ')})`
          : '';
    throw new InputError(file, `missing column(s) ${list}; the header has: ${names.join(', ')}${hint}`, { line });
  }
  return Object.fromEntries(fields.map((field) => [field, names.indexOf(source.columns[field]!)]));
}
