import Papa from 'papaparse';
import {
  NON_WESTERN_GROUPS,
  GROUP_FIGURES,
  sharesOf,
  type NonWesternGroup,
  type GroupValues,
} from '../../src/lib/migration-groups.ts';
import { InputError } from './input-error.ts';
import { STATISTICS_FIELDS, type StatisticsField, type StatisticsSource } from './sources.ts';

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

const MUNICIPALITY_CODE = /^GM\d{4}$/;
const WHOLE_NUMBER = /^\d+$/;
const DECIMAL = /^\d+(?:[.,]\d+)?$/;

/**
 * Parses a CBS-style municipality statistics file (`;`-separated, quoted or not, LF or CRLF)
 * with the column mapping of its manifest entry, and checks every cell it uses.
 */
export function readStatistics(
  text: string,
  source: Pick<StatisticsSource, 'columns' | 'unit'>,
  file: string,
): StatisticsRow[] {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '')
    throw new InputError(file, 'the file is empty; expected a header line and one line per municipality');
  // Without a header row papaparse keeps every physical line, so line numbers stay exact.
  const parsed = Papa.parse<string[]>(body, { delimiter: ';', header: false, skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    throw new InputError(file, `unterminated quoted value (${quoteError.message}); the file may be truncated`, {
      line: (quoteError.row ?? 0) + 1,
    });
  }
  const [header = [], ...rows] = parsed.data;
  const columnIndex = mapColumns(header, source, file);

  const result: StatisticsRow[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, index) => {
    const line = index + 2;
    if (cells.length === 1 && cells[0]!.trim() === '') return; // blank line, e.g. the final newline
    if (cells.length !== header.length) {
      const short = cells.length < header.length;
      // Point at the first value that is missing, or the first one too many.
      throw new InputError(
        file,
        `expected ${header.length} values separated by ";", found ${cells.length}${short ? '; the line may be truncated' : ''}`,
        { line, column: Math.min(cells.length, header.length) + 1 },
      );
    }
    const cell = (field: StatisticsField) => {
      const column = columnIndex[field];
      return { value: cells[column]!.trim(), at: { line, column: column + 1 }, name: source.columns[field] };
    };
    const fail = (field: StatisticsField, expected: string) => {
      const { value, at, name } = cell(field);
      throw new InputError(file, `column "${name}": expected ${expected}, found ${JSON.stringify(value)}`, at);
    };

    const code = cell('code').value;
    if (!MUNICIPALITY_CODE.test(code)) fail('code', 'a municipality code such as "GM0363"');
    const previous = seen.get(code);
    if (previous !== undefined) fail('code', `a code not used before (it is also on line ${previous})`);
    seen.set(code, line);

    const name = cell('name').value;
    if (name === '') fail('name', 'a municipality name');

    const inhabitantsText = cell('inhabitants').value;
    if (!WHOLE_NUMBER.test(inhabitantsText) || Number(inhabitantsText) === 0) {
      fail('inhabitants', 'a positive whole number of inhabitants');
    }
    const inhabitants = Number(inhabitantsText);

    // A figure as published: a whole number of persons, or a percentage of the inhabitants.
    const published = (field: Exclude<StatisticsField, 'code' | 'name' | 'inhabitants'>): number => {
      const { value } = cell(field);
      if (source.unit === 'count') {
        if (!WHOLE_NUMBER.test(value)) fail(field, 'a whole number of persons (0 or more)');
        if (Number(value) > inhabitants) fail(field, `at most the ${inhabitants} inhabitants of this municipality`);
        return Number(value);
      }
      if (!DECIMAL.test(value)) fail(field, 'a percentage between 0 and 100');
      const percent = Number(value.replace(',', '.'));
      if (percent > 100) fail(field, 'a percentage between 0 and 100');
      return percent;
    };
    const values = {
      western: published('western'),
      nonWestern: published('nonWestern'),
      ...(Object.fromEntries(NON_WESTERN_GROUPS.map((g) => [g, published(g)])) as Record<NonWesternGroup, number>),
    };
    const whole = source.unit === 'count' ? inhabitants : 100;
    if (values.western + values.nonWestern > whole) {
      fail('nonWestern', 'a value that leaves room for the Western group (together at most all inhabitants)');
    }
    if (source.unit === 'count') {
      // Counts are exact, so the five non-Western groups must add up to the total.
      const sum = NON_WESTERN_GROUPS.reduce((total, g) => total + values[g], 0);
      if (sum !== values.nonWestern) fail('nonWestern', `the sum of the five non-Western groups (${sum})`);
    }
    const asPublished: GroupValues = { dutch: whole - values.western - values.nonWestern, ...values };
    const counts = source.unit === 'count' ? asPublished : countsFromPercentages(asPublished, inhabitants);
    const shares =
      source.unit === 'count'
        ? sharesOf(counts, inhabitants)
        : (Object.fromEntries(GROUP_FIGURES.map((key) => [key, asPublished[key] / 100])) as GroupValues);
    result.push({ code, name, line, inhabitants, counts, shares });
  });
  if (result.length === 0) throw new InputError(file, 'the file has a header but no municipality rows');
  return result;
}

/** Finds the column of every mapped field in the header, or says which are missing. */
function mapColumns(
  header: string[],
  source: Pick<StatisticsSource, 'columns'>,
  file: string,
): Record<StatisticsField, number> {
  const names = header.map((h) => h.trim());
  const missing = STATISTICS_FIELDS.filter((field) => !names.includes(source.columns[field]));
  if (missing.length > 0) {
    const list = missing.map((field) => `"${source.columns[field]}" (${field})`).join(', ');
    throw new InputError(file, `missing column(s) ${list}; the header has: ${names.join(', ')}`, { line: 1 });
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
