import { PARAM } from '../site/url-params.ts';
import type { Example, Theme } from './example-schema.ts';
import { compareNames, normalizeText } from '../words/names.ts';
import { isTypeSlug, type TypeSlug } from '../typology/wrr-types.ts';

/** A practice example with its slug and the type it is shown under. */
export interface ExampleEntry extends Example {
  slug: string;
  /** The type the source files it under, or else the (WRR-year) type of its first municipality. */
  type: TypeSlug;
}

/** The type an example is shown under. */
export function exampleType(example: Example, typeOf: (code: string) => TypeSlug): TypeSlug {
  return example.filedUnder ?? typeOf(example.municipalities[0]!);
}

/**
 * Up to `count` examples to read next: sharing a theme, from another type first (the portfolio's
 * own advice: a horticulture municipality can learn from an expat municipality), then the most
 * shared themes, then alphabetically.
 */
export function relatedExamples(example: ExampleEntry, all: readonly ExampleEntry[], count = 3): ExampleEntry[] {
  return all
    .filter((other) => other.slug !== example.slug)
    .map((other) => ({ other, shared: other.themes.filter((t) => example.themes.includes(t)).length }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        Number(a.other.type === example.type) - Number(b.other.type === example.type) ||
        b.shared - a.shared ||
        a.other.title.localeCompare(b.other.title, 'nl'),
    )
    .slice(0, count)
    .map(({ other }) => other);
}

/** What the catalogue is filtered on. */
export interface CatalogueFilter {
  types: TypeSlug[];
  themes: Theme[];
  municipality: string | null;
  query: string;
}

/** Reads a catalogue filter from URL parameters (type, thema, gemeente, q). */
export function filterFromParams(params: URLSearchParams, themes: readonly string[]): CatalogueFilter {
  const list = (name: string) => (params.get(name) ?? '').split(',').filter(Boolean);
  return {
    types: list(PARAM.type).filter(isTypeSlug),
    themes: list(PARAM.theme).filter((t): t is Theme => themes.includes(t)),
    municipality: /^GM\d{4}$/.test(params.get(PARAM.municipality) ?? '') ? params.get(PARAM.municipality) : null,
    query: params.get(PARAM.query) ?? '',
  };
}

/** Writes a catalogue filter as URL parameters, leaving out empty parts. */
export function filterToParams(filter: CatalogueFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.types.length > 0) params.set(PARAM.type, filter.types.join(','));
  if (filter.themes.length > 0) params.set(PARAM.theme, filter.themes.join(','));
  if (filter.municipality) params.set(PARAM.municipality, filter.municipality);
  if (filter.query) params.set(PARAM.query, filter.query);
  return params;
}

/** What the catalogue knows of each example when filtering (as stored on its list item). */
export interface CatalogueItem {
  type: TypeSlug;
  themes: string[];
  municipalities: string[];
  /** Title, municipality names and summary, normalized for searching. */
  text: string;
}

/** Whether an example passes the filter: any chosen type, any chosen theme, the municipality, every search word. */
export function matches(item: CatalogueItem, filter: CatalogueFilter): boolean {
  if (filter.types.length > 0 && !filter.types.includes(item.type)) return false;
  if (filter.themes.length > 0 && !filter.themes.some((t) => item.themes.includes(t))) return false;
  if (filter.municipality && !item.municipalities.includes(filter.municipality)) return false;
  const words = normalizeText(filter.query).split(' ').filter(Boolean);
  return words.every((word) => item.text.includes(word));
}

/** A part of the catalogue filter that can be let go as a whole (the types and themes each count as one). */
export type FilterPart = 'types' | 'themes' | 'municipality' | 'query';

/** The same filter without one part. */
function without(filter: CatalogueFilter, part: FilterPart): CatalogueFilter {
  if (part === 'types' || part === 'themes') return { ...filter, [part]: [] };
  return part === 'municipality' ? { ...filter, municipality: null } : { ...filter, query: '' };
}

/**
 * Where a filter finds nothing: per part in use, how many examples letting it go would show, most
 * first, leaving out parts whose release still shows nothing.
 */
export function widenings(
  items: readonly CatalogueItem[],
  filter: CatalogueFilter,
): { part: FilterPart; count: number }[] {
  const inUse: FilterPart[] = [
    ...(filter.types.length > 0 ? (['types'] as const) : []),
    ...(filter.themes.length > 0 ? (['themes'] as const) : []),
    ...(filter.municipality ? (['municipality'] as const) : []),
    ...(filter.query.trim() ? (['query'] as const) : []),
  ];
  return inUse
    .map((part) => ({ part, count: items.filter((item) => matches(item, without(filter, part))).length }))
    .filter((w) => w.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** The first sentence of a text: an example's teaser and page description. */
export function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s/)[0]!;
}

/** What the catalogue's text search looks in: title, municipality names, summary and measures. */
export function catalogueText(example: Example, names: ReadonlyMap<string, string>): string {
  return normalizeText(
    [example.title, ...example.municipalities.map((c) => names.get(c)), example.summary, ...example.measures].join(' '),
  );
}

/** The municipalities that have a practice example, in Dutch alphabetical order. */
export function municipalitiesWithExamples(all: readonly Example[], names: ReadonlyMap<string, string>): string[] {
  return [...new Set(all.flatMap((e) => e.municipalities))].sort((a, b) => compareNames(names.get(a)!, names.get(b)!));
}
