import { dataLicence, WRR_REPORT } from './credits.ts';
import Papa from 'papaparse';
import type { FormerMunicipality, Meta, Municipality, Typing } from './dataset-schema.ts';
import { inYear } from './in-year.ts';
import { GROUP_FIGURES, GROUP_PHRASES, type GroupFigure } from './migration-groups.ts';
import { NAMED_BY_WORDS } from './named-by.ts';
import { alternativesOf, isOpen, OPEN_REASONS, OPEN_WORD, openReasons } from './open-type.ts';
import { listOf } from './words.ts';

/** Dutch column names for the migration figures in downloads ("westers", "aandeel_westers"). */
export const FIGURE_COLUMNS: Record<GroupFigure, string> = {
  dutch: 'nederlands',
  western: 'westers',
  nonWestern: 'niet_westers',
  moroccan: 'marokkaans',
  antillean: 'antilliaans_arubaans',
  surinamese: 'surinaams',
  turkish: 'turks',
  otherNonWestern: 'overig_niet_westers',
};

/** One row of a download: a municipality in one year, with plain values only. */
export type DownloadRow = Record<string, string | number | boolean | null>;

/**
 * Every column of the downloads with its explanation, in order; `percentYears` are the years CBS
 * published in whole percents (their counts are computed).
 */
export function columnDescriptions(percentYears: readonly number[]): [string, string][] {
  const computed = percentYears.length > 0 ? ` (${listOf(percentYears)}: berekend uit hele procenten)` : '';
  return [
    ['gemeentecode', 'CBS-code van de gemeente (GMxxxx)'],
    ['gemeentenaam', 'Naam van de gemeente'],
    ['provincie', 'Provincie (alleen bij de gemeenten van nu; afgeleid uit de provinciegrenzen van CBS/Kadaster)'],
    [
      'opvolger_code',
      'Code van de huidige gemeente waarin deze gemeente (grotendeels) is opgegaan (alleen bij de gemeenten zoals ze in een statistiekjaar waren)',
    ],
    ['opvolger_naam', 'Naam van die huidige gemeente'],
    ['jaar', 'Peiljaar van de cijfers (1 januari)'],
    ['type', 'Getoond type: het type dat de WRR of het VNG-portfolio noemt, anders het type volgens de regels'],
    ['type_basis', '"genoemd" als een bron de gemeente als voorbeeld van een type noemt, anders "afgeleid"'],
    [
      'genoemd_door',
      `"${NAMED_BY_WORDS.wrr.short}" als het slotdeel van het VNG-portfolio met de typologie van de WRR de gemeente noemt, "${NAMED_BY_WORDS.vng.short}" als alleen de rest van het portfolio dat doet; leeg als geen van beide de gemeente noemt`,
    ],
    ['type_genoemd', 'Type dat de WRR of het VNG-portfolio noemt (leeg als geen van beide de gemeente noemt)'],
    ['type_afgeleid', 'Type volgens de regels van deze site'],
    [
      OPEN_WORD,
      `Leeg als het type volgens de regels vaststaat; anders wat het opent: "${OPEN_REASONS.rounding}" (binnen de afronding van de hele procenten van CBS kan het een ander type zijn), "${OPEN_REASONS.rules}" (andere drempels die even goed bij de genoemde gemeenten passen, geven een ander type) of beide`,
    ],
    [
      'ook_mogelijk',
      `Bij een ${OPEN_WORD}: de andere typen die het type volgens de regels kan zijn, gescheiden door een spatie`,
    ],
    ['tweede_type', 'Naaste alternatief: het type bij de kleinste verandering die de uitkomst omdraait'],
    ['marge', 'Grootte van die verandering in stappen (1 procentpunt, 0,25 bij verhoudingen, 10.000 inwoners, 1 km)'],
    ['inwoners', 'Aantal inwoners'],
    ...GROUP_FIGURES.map((f): [string, string] => [
      FIGURE_COLUMNS[f],
      `Aantal inwoners met een ${GROUP_PHRASES[f]}${computed}`,
    ]),
    ...GROUP_FIGURES.map((f): [string, string] => [
      `aandeel_${FIGURE_COLUMNS[f]}`,
      `Aandeel (0 tot 1) van de inwoners met een ${GROUP_PHRASES[f]}`,
    ]),
    [
      'diversiteitsindex',
      'Kans dat twee willekeurige inwoners tot een andere herkomstgroep behoren: 1 − Σ s² over zeven groepen',
    ],
    [
      'afstand_grens_km',
      'Afstand tot de Duitse of Belgische landgrens in km (0 = ligt aan de grens), zoals de typering van dat jaar die meet',
    ],
    [
      'grenst_aan_g3',
      '"ja" als de gemeente grenst aan Amsterdam, Rotterdam of Den Haag, zoals de typering van dat jaar dat meet',
    ],
    ['bron', 'Bronnen van de cijfers'],
    ['licentie', 'Licentie van de cijfers'],
  ];
}

/** The column names of the downloads, in order. */
export const COLUMNS = columnDescriptions([]).map(([name]) => name);

/** The years a dataset's statistics were published in whole percents. */
export function percentYears(meta: Meta): number[] {
  return meta.sources.flatMap((s) => (s.unit === 'percent' ? [s.year] : []));
}

function typingColumns(typing: Typing): DownloadRow {
  const open = isOpen(typing.openTo);
  return {
    type: typing.type,
    type_basis: typing.basis,
    genoemd_door: typing.namedBy && NAMED_BY_WORDS[typing.namedBy].short,
    type_genoemd: typing.named,
    type_afgeleid: typing.derived,
    [OPEN_WORD]: open ? openReasons(typing.openTo) : null,
    ook_mogelijk: open ? alternativesOf(typing.openTo).join(' ') : null,
    tweede_type: typing.runnerUp,
    marge: typing.margin,
  };
}

function figureColumns(f: {
  inhabitants: number;
  counts: Record<GroupFigure, number>;
  shares: Record<GroupFigure, number>;
  diversity: number;
}): DownloadRow {
  return {
    inwoners: f.inhabitants,
    ...Object.fromEntries(GROUP_FIGURES.map((k) => [FIGURE_COLUMNS[k], f.counts[k]])),
    ...Object.fromEntries(GROUP_FIGURES.map((k) => [`aandeel_${FIGURE_COLUMNS[k]}`, f.shares[k]])),
    diversiteitsindex: f.diversity,
  };
}

// The geography the row's type was derived with: a municipality that already existed keeps the
// boundaries of that year, so its row agrees with its type.
function geographyColumns(typing: Typing): DownloadRow {
  return {
    afstand_grens_km: typing.measurements.borderDistanceKm,
    grenst_aan_g3: typing.measurements.bordersBigCity > 0 ? 'ja' : 'nee',
  };
}

/**
 * The attribution every row carries, so that any copy of the data names its sources: the year's
 * statistics, the boundaries that placed its municipalities (its own year's, or for a year without
 * them those of the years that placed it by code) and today's boundaries.
 */
export function attributionOf(meta: Meta, year: number): DownloadRow {
  const placedWith = Object.keys(meta.report.years.find((y) => y.year === year)?.placedBy ?? {}).map(Number);
  const boundaryYears = new Set([year, ...placedWith, meta.currentYear]);
  // Statistics carry a unit; boundary files do not.
  const used = meta.sources.filter((s) => (s.unit ? s.year === year : boundaryYears.has(s.year)));
  const datasets = used.map((s) => s.dataset);
  return {
    bron: `${datasets.join('; ')}. Typologie naar ${WRR_REPORT.author} (${WRR_REPORT.year}), afgeleid door Verscheidenheid in kaart.`,
    licentie: dataLicence(meta),
  };
}

/** Today's municipalities, one row per statistics year. */
export function currentRows(municipalities: readonly Municipality[], meta: Meta): DownloadRow[] {
  const attribution = new Map(meta.years.map((year) => [year, attributionOf(meta, year)]));
  return municipalities.flatMap((m) =>
    meta.years.map((year) => {
      const y = inYear(m, year);
      return {
        gemeentecode: m.code,
        gemeentenaam: m.name,
        provincie: m.province.name,
        jaar: year,
        ...typingColumns(y.typing),
        ...figureColumns(y.figures),
        ...geographyColumns(y.typing),
        ...attribution.get(year),
      };
    }),
  );
}

/** The municipalities of one statistics year as they were then, with where they went. */
export function formerRows(
  former: readonly FormerMunicipality[],
  year: number,
  current: readonly Municipality[],
  meta: Meta,
): DownloadRow[] {
  const nameOf = new Map(current.map((m) => [m.code, m.name]));
  const attribution = attributionOf(meta, year);
  return former
    .filter((m) => m.year === year)
    .map((m) => ({
      gemeentecode: m.code,
      gemeentenaam: m.name,
      opvolger_code: m.successor,
      opvolger_naam: nameOf.get(m.successor) ?? null,
      jaar: m.year,
      ...typingColumns(m.typing),
      ...figureColumns(m.figures),
      ...geographyColumns(m.typing),
      ...attribution,
    }));
}

/**
 * Rows as a CSV file for Dutch spreadsheets: `;` between fields, a decimal comma, UTF-8 with a
 * byte-order mark so Excel reads the accents, and the columns in the documented order.
 */
export function toCsv(rows: readonly DownloadRow[]): string {
  const columns = COLUMNS.filter((name) => rows.some((r) => name in r));
  return csvFile(
    columns,
    rows.map((row) => columns.map((c) => row[c] ?? null)),
  );
}

/** A CSV file for Dutch spreadsheets from a header and rows of cells: numbers with a decimal comma, empty for null. */
export function csvFile(fields: readonly string[], rows: readonly (string | number | boolean | null)[][]): string {
  const data = rows.map((row) =>
    row.map((value) => (typeof value === 'number' ? String(value).replace('.', ',') : (value ?? ''))),
  );
  return `\uFEFF${Papa.unparse({ fields: [...fields], data }, { delimiter: ';', newline: '\r\n' })}\r\n`;
}

/** Parses a CSV made by `toCsv` back into rows (numbers as numbers, empty cells as null). */
export function fromCsv(text: string): DownloadRow[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    delimiter: ';',
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [
        key,
        value === '' ? null : /^-?\d+(,\d+)?$/.test(value) ? Number(value.replace(',', '.')) : value,
      ]),
    ),
  );
}

/** The column explanation file that goes with the downloads. */
export function columnsText(meta: Meta): string {
  const lines = [
    'Verscheidenheid in kaart: toelichting bij de downloads',
    '',
    'CSV: velden gescheiden door ";", decimale komma, UTF-8 met byte-order mark. JSON: dezelfde velden, met punt als decimaalteken.',
    `Bronnen: ${meta.sources.map((s) => `${s.dataset} (${s.page})`).join('; ')}.`,
    `${meta.attribution}. Licentie: ${dataLicence(meta)}. Typologie naar ${WRR_REPORT.author}, ${WRR_REPORT.title} (${WRR_REPORT.year}).`,
    '',
    'Kolommen:',
    ...columnDescriptions(percentYears(meta)).map(([name, description]) => `${name}: ${description}`),
    '',
  ];
  return lines.join('\r\n');
}

/**
 * Rows as one list of column names and one list of values per row, with the columns that hold one
 * value in every row (source, licence, year) given once under `vast`: the table's year files,
 * without repeating a name or a constant on every row.
 */
export interface ColumnarRows {
  kolommen: string[];
  rijen: DownloadRow[keyof DownloadRow][][];
  vast?: DownloadRow;
}

/** Download rows in columnar form (the columns of the first row, in its order; constants apart where there are two rows or more). */
export function toColumnar(rows: readonly DownloadRow[]): ColumnarRows {
  const columns = Object.keys(rows[0] ?? {});
  const constant = (column: string) => rows.length > 1 && rows.every((row) => row[column] === rows[0]![column]);
  const kolommen = columns.filter((column) => !constant(column));
  const fixed = columns.filter(constant);
  return {
    kolommen,
    rijen: rows.map((row) => kolommen.map((column) => row[column] ?? null)),
    ...(fixed.length > 0 && { vast: Object.fromEntries(fixed.map((column) => [column, rows[0]![column] ?? null])) }),
  };
}

/** Download rows back from columnar form. */
export function fromColumnar({ kolommen, rijen, vast = {} }: ColumnarRows): DownloadRow[] {
  return rijen.map((values) => ({
    ...vast,
    ...Object.fromEntries(kolommen.map((column, i) => [column, values[i] ?? null])),
  }));
}
