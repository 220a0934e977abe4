/** The generated dataset as the pages see it: validated collections and the dataset's meta data. */
import { getCollection } from 'astro:content';
import type { FormerMunicipality, Municipality } from '../lib/figures/dataset-schema.ts';
import { formatDate } from '../lib/words/format.ts';
import { formerLookup, splitMunicipalities } from '../lib/figures/history.ts';
import { compareNames } from '../lib/words/names.ts';
import { meta } from './dataset-files.ts';

export { meta };

/** The statistics years with the Western/non-Western groups, oldest first: the years with types. */
export const years = meta.years;

/** The years in CBS's herkomstland classification (from 2023 on), oldest first: figures, no types. */
export const originYears = meta.origin.years;

/** The WRR's year: the municipalities it names are those of this year. */
export const referenceYear = meta.reference.year;

/** The newest statistics year with types. */
export const latestYear = years.at(-1)!;

/** The days the statistics describe, in Dutch ("1 januari 2015"), oldest first. */
export const referenceDates = meta.sources
  .flatMap((s) => (s.referenceDate ? [s.referenceDate] : []))
  .sort()
  .map(formatDate);

/**
 * Loads once per build: every page asks for the same lists, so they are prepared once and shared
 * (callers must not change them in place).
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/** Today's municipalities, in Dutch alphabetical order. */
export const municipalities = once(async (): Promise<Municipality[]> => {
  const entries = await getCollection('municipalities');
  return entries.map((e) => e.data).sort((a, b) => compareNames(a.name, b.name));
});

/** Today's municipality names by code. */
export const namesByCode = once(async () => new Map((await municipalities()).map((m) => [m.code, m.name])));

/** Every municipality of every statistics year, as it was then. */
export const formerMunicipalities = once(async (): Promise<FormerMunicipality[]> => {
  const entries = await getCollection('formerMunicipalities');
  return entries.map((e) => e.data).sort((a, b) => a.year - b.year || compareNames(a.name, b.name));
});

/** A municipality of an earlier year by year and code. */
export const formerOf = once(async () => formerLookup(await formerMunicipalities()));

/** The municipalities of earlier years that were split over several of today's. */
export const splits = once(async () => splitMunicipalities(await formerMunicipalities()));
