import { dataLicence, WRR_REPORT } from '../site/credits.ts';
import Papa from 'papaparse';
import type { FormerMunicipality, Meta, Municipality, Typing } from '../figures/dataset-schema.ts';
import { inYear } from '../figures/in-year.ts';
import { GROUP_FIGURES, GROUP_PHRASES, type GroupFigure } from '../figures/migration-groups.ts';
import { ORIGIN_FIGURES, ORIGIN_PHRASES, type OriginFigure, type OriginValues } from '../figures/origin-groups.ts';
import type { ModelId } from '../figures/origin-models.ts';
import { NAMED_BY_WORDS } from '../typology/named-by.ts';
import { alternativesOf, isOpen, OPEN_REASONS, OPEN_WORD, openReasons } from '../typology/open-type.ts';
import { listOf } from '../words/words.ts';
import { METRIC_IDS } from '../typology/metrics.ts';
import { stepsText } from '../typology/metric-steps.ts';

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

/** Dutch column names for the herkomstland figures in downloads ("herkomst_buiten_europa"). */
export const ORIGIN_COLUMNS: Record<OriginFigure, string> = {
  netherlands: 'herkomst_nederland',
  europe: 'herkomst_europa',
  outsideEurope: 'herkomst_buiten_europa',
  europeBornHere: 'herkomst_europa_in_nl_geboren',
  europeBornAbroad: 'herkomst_europa_buiten_nl_geboren',
  outsideEuropeBornHere: 'herkomst_buiten_europa_in_nl_geboren',
  outsideEuropeBornAbroad: 'herkomst_buiten_europa_buiten_nl_geboren',
};

/** One row of a download: a municipality in one year, with plain values only. */
export type DownloadRow = Record<string, string | number | boolean | null>;

/** Per origin model, the statistics years in it and those of them CBS published in whole percents. */
export type ModelYears = Record<ModelId, { years: readonly number[]; percent: readonly number[] }>;

/** The column that says which of CBS's origin classifications a row's figures follow, with the years of each. */
function modelColumn(years: ModelYears): [string, string] {
  const typed = years.migratieachtergrond.years.at(-1);
  const origin = years.herkomstland.years[0];
  return [
    'herkomstindeling',
    `"migratieachtergrond" (westers en niet-westers${typed ? `, tot en met ${typed}` : ''}, met type) of ` +
      `"herkomstland" (${origin ? `vanaf ${origin}, ` : ''}zonder type: de regels waarmee deze site de typen van de WRR ` +
      'afleidt, rusten op de westerse en niet-westerse groepen)',
  ];
}

/**
 * Every column of the downloads with its explanation, in order; `years` gives per origin model
 * its years and those CBS published in whole percents (their counts are computed).
 */
export function columnDescriptions(years: ModelYears): [string, string][] {
  const computedIn = (percent: readonly number[]) =>
    percent.length > 0 ? ` (${listOf(percent)}: berekend uit hele procenten)` : '';
  const computed = computedIn(years.migratieachtergrond.percent);
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
    modelColumn(years),
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
    ['marge', `Grootte van die verandering in stappen (${stepsText(METRIC_IDS)})`],
    ['inwoners', 'Aantal inwoners'],
    ...GROUP_FIGURES.map((f): [string, string] => [
      FIGURE_COLUMNS[f],
      `Aantal inwoners met een ${GROUP_PHRASES[f]}${computed}`,
    ]),
    ...GROUP_FIGURES.map((f): [string, string] => [
      `aandeel_${FIGURE_COLUMNS[f]}`,
      `Aandeel (0 tot 1) van de inwoners met een ${GROUP_PHRASES[f]}`,
    ]),
    ...originColumnDescriptions(computedIn(years.herkomstland.percent)),
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

/** The herkomstland columns with their explanation: counts (with where they are computed) and shares. */
function originColumnDescriptions(computed: string): [string, string][] {
  return [
    ...ORIGIN_FIGURES.map((f): [string, string] => [
      ORIGIN_COLUMNS[f],
      `Aantal inwoners met ${ORIGIN_PHRASES[f]}${computed}`,
    ]),
    ...ORIGIN_FIGURES.map((f): [string, string] => [
      `aandeel_${ORIGIN_COLUMNS[f]}`,
      `Aandeel (0 tot 1) van de inwoners met ${ORIGIN_PHRASES[f]}`,
    ]),
  ];
}

/** The column names of the downloads, in order. */
export const COLUMNS = columnDescriptions({
  migratieachtergrond: { years: [], percent: [] },
  herkomstland: { years: [], percent: [] },
}).map(([name]) => name);

/** The years with the Western/non-Western groups (or in `model`) whose statistics CBS published in whole percents. */
export function percentYears(meta: Meta, model: ModelId = 'migratieachtergrond'): number[] {
  return meta.sources.flatMap((s) => (s.unit === 'percent' && s.model === model ? [s.year] : []));
}

/** The years of each origin model and those of them in whole percents, as the column descriptions name them. */
export function modelYears(meta: Meta): ModelYears {
  return {
    migratieachtergrond: { years: meta.years, percent: percentYears(meta) },
    herkomstland: { years: meta.origin.years, percent: percentYears(meta, 'herkomstland') },
  };
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
  // A year in the herkomstland classification has no types, so its rows credit no typology.
  const typology = meta.years.includes(year)
    ? ` Typologie naar ${WRR_REPORT.author} (${WRR_REPORT.year}), afgeleid door Verscheidenheid in kaart.`
    : '';
  return { bron: `${datasets.join('; ')}.${typology}`, licentie: dataLicence(meta) };
}

/**
 * Today's municipalities, one row per statistics year: with types and the Western/non-Western
 * groups up to 2022, with the herkomstland groups (and no type) after.
 */
export function currentRows(municipalities: readonly Municipality[], meta: Meta): DownloadRow[] {
  const all = [...meta.years, ...meta.origin.years];
  const attribution = new Map(all.map((year) => [year, attributionOf(meta, year)]));
  return municipalities.flatMap((m) => {
    const named = { gemeentecode: m.code, gemeentenaam: m.name, provincie: m.province.name };
    const typed = meta.years.map((year) => {
      const y = inYear(m, year);
      return {
        ...named,
        jaar: year,
        herkomstindeling: 'migratieachtergrond',
        ...typingColumns(y.typing),
        ...figureColumns(y.figures),
        ...geographyColumns(y.typing),
        ...attribution.get(year),
      };
    });
    const origin = meta.origin.years.map((year) => ({
      ...named,
      jaar: year,
      herkomstindeling: 'herkomstland',
      ...originColumns(m.origin[String(year)]!.figures),
      ...attribution.get(year),
    }));
    return [...typed, ...origin];
  });
}

/** Inhabitants and the herkomstland groups of one year, as counts and shares. */
function originColumns(f: { inhabitants: number; counts: OriginValues; shares: OriginValues }): DownloadRow {
  return {
    inwoners: f.inhabitants,
    ...Object.fromEntries(ORIGIN_FIGURES.map((k) => [ORIGIN_COLUMNS[k], f.counts[k]])),
    ...Object.fromEntries(ORIGIN_FIGURES.map((k) => [`aandeel_${ORIGIN_COLUMNS[k]}`, f.shares[k]])),
  };
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
      herkomstindeling: 'migratieachtergrond',
      ...typingColumns(m.typing),
      ...figureColumns(m.figures),
      ...geographyColumns(m.typing),
      ...attribution,
    }));
}

/**
 * Rows with every column any of them has, in the documented order, empty (null) where a row has
 * none: a set mixing years of both origin classifications reads the same as JSON and as CSV.
 */
export function withAllColumns(rows: readonly DownloadRow[]): DownloadRow[] {
  const columns = COLUMNS.filter((name) => rows.some((r) => name in r));
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
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

/** What the herkomstland columns count, after CBS's definitions, for the explanation file. */
const ORIGIN_EXPLANATION = (years: readonly number[]) => [
  `Herkomstland (${listOf(years)}): vanaf ${years[0]} deelt CBS de inwoners niet meer in naar westerse en niet-westerse migratieachtergrond, maar naar herkomstland.`,
  'Het herkomstland is voor wie in het buitenland is geboren het eigen geboorteland, en voor wie in Nederland is geboren het geboorteland van de moeder, of als die in Nederland is geboren dat van de vader; zijn beide ouders in Nederland geboren, dan is het herkomstland Nederland.',
  'CBS groepeert de herkomstlanden als Nederland, Europa (zonder Nederland) en buiten Europa; Turkije, Marokko, Suriname, Indonesië en de Nederlandse Cariben horen bij buiten Europa. Europa en buiten Europa zijn gesplitst naar in Nederland en in het buitenland geboren.',
  'Deze cijfers zijn niet regel voor regel te vergelijken met de westerse en niet-westerse kolommen van eerdere jaren, en hebben geen type: de regels waarmee deze site de typen van de WRR afleidt, rusten op de westerse en niet-westerse groepen. De herkomstkolommen zijn leeg in rijen met migratieachtergrond, en omgekeerd.',
];

/** The column explanation file that goes with the downloads. */
export function columnsText(meta: Meta): string {
  const lines = [
    'Verscheidenheid in kaart: toelichting bij de downloads',
    '',
    'CSV: velden gescheiden door ";", decimale komma, UTF-8 met byte-order mark. JSON: dezelfde velden, met punt als decimaalteken.',
    `Bronnen: ${meta.sources.map((s) => `${s.dataset} (${s.page})`).join('; ')}.`,
    `${meta.attribution}. Licentie: ${dataLicence(meta)}. Typologie naar ${WRR_REPORT.author}, ${WRR_REPORT.title} (${WRR_REPORT.year}).`,
    '',
    ...(meta.origin.years.length > 0 ? [...ORIGIN_EXPLANATION(meta.origin.years), ''] : []),
    'Kolommen:',
    ...columnDescriptions(modelYears(meta)).map(([name, description]) => `${name}: ${description}`),
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
