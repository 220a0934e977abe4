import { z } from 'zod';
import { InputError } from '../../src/lib/checks/input-error.ts';
import { fieldsOf, MODEL_IDS, ORIGIN_MODELS, type ModelId } from '../../src/lib/figures/origin-models.ts';
import { checksumOf } from './checked-file.ts';
import { readJson } from './read-json.ts';

/** `percent`: whole-percent shares of inhabitants; `count`: numbers of persons. */
const unit = z.enum(['percent', 'count']);

/**
 * What CBS published for the whole country, in percent of its inhabitants, per figure the
 * year's model checks (see origin-models.ts), to check a file's scale against: a file saved with
 * fractions of one (0.07 for 7%) or with a wrong column is far off. `referenceDate` is the day the
 * figure describes, which may be a neighbouring year's where CBS's figure for the file's own day
 * was not at hand; `source` says where it is published.
 */
const nationalSharesSchema = z.strictObject({
  referenceDate: z.iso.date(),
  shares: z.record(z.string(), z.number().min(0).max(100)),
  source: z.string().min(1),
});
/** How a statistics file gives its origin figures: whole percentages or numbers of persons. */
export type Unit = z.infer<typeof unit>;

const common = {
  id: z.string().min(1),
  dataset: z.string().min(1),
  year: z.int().min(1900).max(2100),
  file: z.string().min(1),
  url: z.url(),
  page: z.url(),
  licence: z.string().min(1),
  /** The shipped file's SHA-256 and size: the build stops if the file differs. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hexadecimal digits'),
  bytes: z.int().min(0),
  /** Where the shipped copy comes from, where that is not simply the URL; in Dutch, as /methode/ shows it. */
  note: z.string().min(1).optional(),
};

/**
 * Where `npm run data:refresh` gets the statistics: a table of CBS's open-data API (OData v3)
 * and, per field, the table's key and the unit CBS publishes it in.
 */
const odataSchema = z.strictObject({
  table: z.string().regex(/^\d{5}[A-Z]{3}$/, 'expected a CBS table id such as "83220NED"'),
  /** Where the keys and units were looked up. */
  keysFrom: z.string().min(1),
  /** Per field of the year's model: the table's key, and for a figure the unit CBS publishes it in. */
  fields: z.record(z.string(), z.strictObject({ key: z.string().min(1), unit: unit.optional() })),
});

/**
 * A municipality whose name differs between a statistics file and the boundary file it is placed
 * with, although both mean the same municipality: the two names as the files write them, and why.
 */
const nameDifferenceSchema = z.strictObject({
  code: z.string().regex(/^GM\d{4}$/),
  statistics: z.string().min(1),
  boundaries: z.string().min(1),
  reason: z.string().min(1),
});

const statisticsSchema = z
  .strictObject({
    ...common,
    referenceDate: z.iso.date(),
    /** Which of CBS's origin classifications the file follows (see origin-models.ts). */
    model: z.enum(MODEL_IDS),
    /** The country's inhabitants on the reference date as CBS publishes them: the municipalities must add up to it. */
    nationalInhabitants: z.int().positive(),
    nationalShares: nationalSharesSchema,
    /** Known differences in how this file and its boundary file name a municipality; any other stops the build. */
    nameDifferences: z.array(nameDifferenceSchema).optional(),
    /** `percent`: origin columns are whole-percent shares of inhabitants; `count`: numbers of persons. */
    unit,
    /**
     * The id of the same year's municipality boundaries. Without it, each municipality is placed on
     * today's map by its code, through the boundary files that have that code (see place-rows.ts).
     */
    boundaries: z.string().min(1).optional(),
    /** Per field of the model, the file's column. */
    columns: z.record(z.string(), z.string().min(1)),
    odata: odataSchema,
  })
  .superRefine(checkModelFields);

/**
 * The columns, the table's keys and the national shares must name exactly the fields of the
 * entry's model: a column left out, or one of the other model, would be read as nothing or as
 * the wrong figure.
 */
function checkModelFields(
  entry: {
    model: ModelId;
    columns: Record<string, string>;
    odata: z.infer<typeof odataSchema>;
    nationalShares: { shares: Record<string, number> };
  },
  context: z.RefinementCtx,
): void {
  const expect = (path: (string | number)[], found: readonly string[], wanted: readonly string[]) => {
    const missing = wanted.filter((f) => !found.includes(f));
    const other = found.filter((f) => !wanted.includes(f));
    if (missing.length === 0 && other.length === 0) return;
    const parts = [
      ...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []),
      ...(other.length > 0 ? [`not of this model: ${other.join(', ')}`] : []),
    ];
    context.addIssue({
      code: 'custom',
      path,
      message: `expected the fields of the ${entry.model} model (${wanted.join(', ')}); ${parts.join('; ')}`,
    });
  };
  const fields = fieldsOf(entry.model);
  expect(['columns'], Object.keys(entry.columns), fields);
  expect(['odata', 'fields'], Object.keys(entry.odata.fields), fields);
  expect(
    ['nationalShares', 'shares'],
    Object.keys(entry.nationalShares.shares),
    ORIGIN_MODELS[entry.model].nationallyChecked,
  );
  for (const [field, spec] of Object.entries(entry.odata.fields)) {
    const figure = field !== 'code' && field !== 'name';
    if (figure !== (spec.unit !== undefined)) {
      const message = figure ? 'expected the unit CBS publishes this figure in' : 'expected no unit for a code or name';
      context.addIssue({ code: 'custom', path: ['odata', 'fields', field, 'unit'], message });
    }
  }
}

const boundariesSchema = z.strictObject({ ...common, level: z.enum(['gemeente', 'provincie']) });

const manifestSchema = z.object({
  attribution: z.string().min(1),
  /** CBS's open-data API (OData v3), without the table id. */
  odataBase: z.url(),
  statistics: z.array(statisticsSchema).min(1),
  boundaries: z.array(boundariesSchema).min(1),
});

/** A statistics entry of the manifest: one CBS file of one year, with its model, columns and OData keys. */
export type StatisticsSource = z.infer<typeof statisticsSchema>;
/** A boundaries entry of the manifest: one TopoJSON file of municipalities or provinces. */
export type BoundariesSource = z.infer<typeof boundariesSchema>;
/** The whole manifest, data/sources.json. */
export type Manifest = z.infer<typeof manifestSchema>;
/** Any entry of the manifest. */
export type Source = StatisticsSource | BoundariesSource;
/** Where CBS's open-data API has a statistics file's figures: its table and the key of each field. */
export type OdataSource = z.infer<typeof odataSchema>;
/** A known difference between the names two of CBS's files give one municipality, with its reason. */
export type NameDifference = z.infer<typeof nameDifferenceSchema>;
/** The national shares CBS published, which a file's municipalities must come close to, with their date and source. */
export type NationalShares = z.infer<typeof nationalSharesSchema>;

/** A field's key (and for a figure its unit) in an entry's table; the manifest's schema gives every field of the model one. */
export function odataField(odata: OdataSource, field: string): { key: string; unit?: Unit } {
  const spec = odata.fields[field];
  if (!spec) throw new Error(`the manifest gives table ${odata.table} no key for ${field}`);
  return spec;
}

/** Reads and checks the sources manifest, including that every reference between entries resolves. */
export async function readManifest(path: string): Promise<Manifest> {
  const manifest = await readJson(manifestSchema, path);
  const ids = new Set<string>();
  for (const source of [...manifest.statistics, ...manifest.boundaries]) {
    if (ids.has(source.id)) throw new InputError(path, `duplicate source id "${source.id}"`);
    ids.add(source.id);
  }
  // One statistics file per year, one municipality and one province file per year: a second would overwrite the first.
  const years = new Set<string>();
  for (const source of [...manifest.statistics.map((s) => ({ ...s, level: 'statistics' })), ...manifest.boundaries]) {
    const key = `${source.level} ${source.year}`;
    if (years.has(key)) throw new InputError(path, `two ${source.level} entries for ${source.year}`);
    years.add(key);
  }
  for (const stats of manifest.statistics) {
    if (stats.boundaries === undefined) continue;
    const geo = manifest.boundaries.find((b) => b.id === stats.boundaries);
    if (!geo || geo.level !== 'gemeente') {
      throw new InputError(
        path,
        `statistics "${stats.id}" refers to unknown municipality boundaries "${stats.boundaries}"`,
      );
    }
  }
  if (!manifest.boundaries.some((b) => b.level === 'gemeente')) {
    throw new InputError(path, "lists no municipality boundaries; today's map needs the newest ones");
  }
  const year = currentBoundaries(manifest).year;
  if (!manifest.boundaries.some((b) => b.level === 'provincie' && b.year === year)) {
    throw new InputError(path, `lists no province boundaries of ${year}, the year of today's municipality boundaries`);
  }
  return manifest;
}

/** Today's municipality boundaries: the newest municipality boundary file in the manifest. */
export function currentBoundaries(manifest: Manifest): BoundariesSource {
  const municipal = manifest.boundaries.filter((b) => b.level === 'gemeente');
  const newest = municipal.sort((a, b) => b.year - a.year)[0];
  if (!newest) throw new Error('the sources manifest lists no municipality boundaries');
  return newest;
}

/** The province boundaries matching today's municipalities (same year). */
export function provinceBoundaries(manifest: Manifest): BoundariesSource {
  const year = currentBoundaries(manifest).year;
  const provinces = manifest.boundaries.find((b) => b.level === 'provincie' && b.year === year);
  if (!provinces) throw new Error(`the sources manifest lists no province boundaries for ${year}`);
  return provinces;
}

/**
 * The manifest's text with the size and SHA-256 of the given files (file name → content) put
 * into their entries: how a refresh records the files it replaces. With `notes`, each of those
 * entries also gets its note on where the copy comes from, or loses the old one, which described
 * the copy that was replaced.
 */
export function manifestWithChecksums(
  text: string,
  files: ReadonlyMap<string, Uint8Array>,
  notes?: ReadonlyMap<string, string>,
): string {
  const json = JSON.parse(text) as Record<'statistics' | 'boundaries', { file: string; note?: string }[]>;
  for (const entry of [...json.statistics, ...json.boundaries]) {
    const content = files.get(entry.file);
    if (!content) continue;
    Object.assign(entry, checksumOf(content));
    if (notes) {
      delete entry.note;
      const note = notes.get(entry.file);
      if (note) entry.note = note;
    }
  }
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The manifest's text with each statistics entry's national total (by file name) replaced. */
export function manifestWithNationalTotals(text: string, totals: ReadonlyMap<string, number>): string {
  const json = JSON.parse(text) as { statistics: { file: string; nationalInhabitants?: number }[] };
  for (const entry of json.statistics) {
    const total = totals.get(entry.file);
    if (total !== undefined) entry.nationalInhabitants = total;
  }
  return `${JSON.stringify(json, null, 2)}\n`;
}
