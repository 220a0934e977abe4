import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InputError } from './input-error.ts';
import { parseJson } from './parse-json.ts';

/** The figures a statistics file must provide; Dutch background is derived from them. */
export const STATISTICS_FIELDS = [
  'code',
  'name',
  'inhabitants',
  'western',
  'nonWestern',
  'moroccan',
  'antillean',
  'surinamese',
  'turkish',
  'otherNonWestern',
] as const;

export type StatisticsField = (typeof STATISTICS_FIELDS)[number];

const common = {
  id: z.string().min(1),
  dataset: z.string().min(1),
  year: z.int().min(1900).max(2100),
  file: z.string().min(1),
  url: z.url(),
  page: z.url(),
  licence: z.string().min(1),
};

const statisticsSchema = z.strictObject({
  ...common,
  referenceDate: z.iso.date(),
  /** `percent`: origin columns are whole-percent shares of inhabitants; `count`: numbers of persons. */
  unit: z.enum(['percent', 'count']),
  boundaries: z.string().min(1),
  columns: z.strictObject(
    Object.fromEntries(STATISTICS_FIELDS.map((field) => [field, z.string().min(1)])) as Record<
      StatisticsField,
      z.ZodString
    >,
  ),
});

const boundariesSchema = z.strictObject({ ...common, level: z.enum(['gemeente', 'provincie']) });

const manifestSchema = z.object({
  attribution: z.string().min(1),
  statistics: z.array(statisticsSchema).min(1),
  boundaries: z.array(boundariesSchema).min(1),
});

export type StatisticsSource = z.infer<typeof statisticsSchema>;
export type BoundariesSource = z.infer<typeof boundariesSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type Source = StatisticsSource | BoundariesSource;

/** Reads and checks the sources manifest, including that every reference between entries resolves. */
export async function readManifest(path: string): Promise<Manifest> {
  const parsed = manifestSchema.safeParse(parseJson(await readFile(path, 'utf8'), path));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(path, `${issue.path.join('.')}: ${issue.message}`);
  }
  const manifest = parsed.data;
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
    const geo = manifest.boundaries.find((b) => b.id === stats.boundaries);
    if (!geo || geo.level !== 'gemeente') {
      throw new InputError(
        path,
        `statistics "${stats.id}" refers to unknown municipality boundaries "${stats.boundaries}"`,
      );
    }
  }
  currentBoundaries(manifest);
  provinceBoundaries(manifest);
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

/** The boundaries a statistics entry is joined to. */
export function boundariesOf(manifest: Manifest, stats: StatisticsSource): BoundariesSource {
  return manifest.boundaries.find((b) => b.id === stats.boundaries)!;
}
