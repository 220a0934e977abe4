import { stringify } from 'yaml';
import { exampleSchema, THEMES, THEME_KEYS, type Theme } from './example-schema.ts';
import { normalizeName, normalizeText } from '../words/names.ts';
import { search, type SearchEntry } from '../search/search.ts';
import { isTypeSlug, TYPE_SLUGS } from '../typology/wrr-types.ts';

/**
 * A new practice example from what an editor knows: municipalities by name or code, themes by
 * key or label. Everything is checked against the same schema as the build, so a draft that
 * comes out of here builds.
 */

/** What the editor gives; every text as typed. */
export interface DraftInput {
  title: string;
  municipalities: string[];
  themes: string[];
  /** A type slug, or "geen" when the source does not file it under a type. */
  type: string;
  years: string[];
  summary: string;
  measures: string[];
  /** A key of SOURCES, or a new document with its address. */
  source: { document: string; section: string } | { title: string; url: string; section: string };
}

/** A draft that cannot be made, with what to do about it (in Dutch: editors read it). */
export class DraftError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftError';
  }
}

/** Today's municipality a name, former name, common name or code stands for; otherwise a DraftError with suggestions. */
export function resolveMunicipality(query: string, entries: readonly SearchEntry[]): string {
  const code = query.trim().toUpperCase();
  if (entries.some((e) => e.code === code)) return code;
  const wanted = normalizeName(query);
  const exact = entries.filter((e) => [e.name, ...e.aliases].some((n) => normalizeName(n) === wanted));
  if (exact.length === 1) return exact[0]!.code;
  const hits = search(entries, query, 3);
  const hint = hits.length > 0 ? ` Bedoelt u ${hits.map((h) => `${h.name} (${h.code})`).join(', ')}?` : '';
  throw new DraftError(`Onbekende gemeente "${query}".${hint}`);
}

/** A theme by key ("onderwijs") or label ("Onderwijs"); otherwise a DraftError listing the themes. */
export function resolveTheme(query: string): Theme {
  const wanted = normalizeText(query);
  const found = THEME_KEYS.find((key) => normalizeText(key) === wanted || normalizeText(THEMES[key]) === wanted);
  if (found) return found;
  throw new DraftError(`Onbekend thema "${query}". Kies uit: ${THEME_KEYS.join(', ')}.`);
}

/** The file name of an example: its title in lower case, words joined by hyphens. */
export function exampleSlug(title: string): string {
  return normalizeText(title).split(' ').slice(0, 8).join('-');
}

/**
 * The example's Markdown file (frontmatter only) and its name, checked with the build's schema;
 * every problem is listed in one DraftError.
 */
export function draftExample(input: DraftInput, entries: readonly SearchEntry[]): { file: string; text: string } {
  const problems: string[] = [];
  const attempt = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (error) {
      if (!(error instanceof DraftError)) throw error;
      problems.push(error.message);
      return undefined;
    }
  };
  const municipalities = input.municipalities.map((m) => attempt(() => resolveMunicipality(m, entries)));
  const themes = input.themes.map((t) => attempt(() => resolveTheme(t)));
  const type = input.type.trim();
  if (type !== 'geen' && !isTypeSlug(type)) {
    problems.push(`Onbekend type "${type}". Kies uit: ${TYPE_SLUGS.join(', ')}, of "geen".`);
  }
  const data = {
    title: input.title.trim(),
    municipalities,
    filedUnder: isTypeSlug(type) ? type : null,
    themes,
    years: input.years.map(Number),
    summary: input.summary.trim().replace(/\s+/g, ' '),
    measures: input.measures.map((m) => m.trim()).filter(Boolean),
    source: input.source,
  };
  if (problems.length === 0) {
    const parsed = exampleSchema(entries).safeParse(data);
    if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  if (problems.length > 0) throw new DraftError(problems.join('\n'));
  return { file: `${exampleSlug(data.title)}.md`, text: `---\n${stringify(data, { lineWidth: 100 })}---\n` };
}
