import type { FormerMunicipality, TypologyCheck } from '../figures/dataset-schema.ts';
import type { Tally } from './held-out.ts';
import { TYPE_SLUGS, type TypeSlug } from '../typology/wrr-types.ts';
import { MIGRATION_GROUPS } from '../figures/migration-groups.ts';
import { NAMED_BY, type NamedBy } from '../typology/named-by.ts';
import { VNG_PORTFOLIO, WRR_REPORT } from '../site/credits.ts';
import { formatDate } from '../words/format.ts';
import { listOf } from '../words/words.ts';

/** How many municipalities of a year each source names (see named-by.ts). */
export function namedCounts(former: readonly FormerMunicipality[], year: number): Record<NamedBy, number> {
  const named = former.filter((f) => f.year === year && f.typing.namedBy !== null);
  return Object.fromEntries(NAMED_BY.map((by) => [by, named.filter((f) => f.typing.namedBy === by).length])) as Record<
    NamedBy,
    number
  >;
}

/** Who names each named municipality of a year, by code. */
export function namedByCode(former: readonly FormerMunicipality[], year: number): Map<string, NamedBy> {
  return new Map(
    former.flatMap((f) => (f.year === year && f.typing.namedBy ? [[f.code, f.typing.namedBy] as const] : [])),
  );
}

/** The share of the named municipalities that get their named type: agreeing out of total. */
export function agreementShare({ agreeing, total }: { agreeing: number; total: number }): number {
  if (total === 0) throw new Error('no named municipalities to agree with');
  return agreeing / total;
}

/**
 * The lowest and highest sum of the seven published shares of the municipalities of some years:
 * where CBS rounded each share to a whole percent, they need not add up to exactly 100%.
 */
export function shareSums(
  former: readonly FormerMunicipality[],
  years: readonly number[],
): { low: number; high: number } {
  const sums = former
    .filter((f) => years.includes(f.year))
    .map((f) => Math.round(MIGRATION_GROUPS.reduce((sum, g) => sum + f.figures.shares[g], 0) * 1000) / 1000);
  return { low: Math.min(...sums), high: Math.max(...sums) };
}

/** What a citation needs: who publishes the site, this build's version, commit and data date, where it is, its sources. */
export interface CitationParts {
  /** Who publishes the site, as CITATION.cff names its author. */
  publisher: string;
  version: string;
  commit: string | null;
  /** The day the data were built (ISO), or null. */
  date: string | null;
  /** The site's address. */
  url: string;
  /** Where its code and data are, to check or rebuild them. */
  repository: string;
  /** Who the figures come from, as the manifest credits them: "Bron: CBS, Kadaster". */
  attribution: string;
  /** CBS's statistics tables by their ids, with the year of each. */
  tables: readonly { table: string; year: number }[];
}

/**
 * The citation the method page offers, in the order a reference list wants it: publisher (year),
 * title (version, commit; data date), the address and, for the reader to fill in or the page's
 * script to fill, the day it was consulted; then the sources, CBS's tables by their ids.
 */
export function citation(parts: CitationParts): string {
  const { publisher, version, commit, date, url, repository, attribution, tables } = parts;
  const year = date ? ` (${date.slice(0, 4)})` : '';
  const details = [`versie ${version}`, ...(commit ? [`commit ${commit.slice(0, 7)}`] : [])].join(', ');
  const built = date ? `; gegevens samengesteld op ${formatDate(date)}` : '';
  const cbs = tables.map((t) => `${t.table} (${t.year})`);
  const figures = cbs.length > 0 ? ` Cijfers: CBS, Kerncijfers wijken en buurten, tabellen ${listOf(cbs)}.` : '';
  const typology = `${WRR_REPORT.author}, ${WRR_REPORT.title} (${WRR_REPORT.year})`;
  const examples = `${VNG_PORTFOLIO.author}, ${VNG_PORTFOLIO.title} (${VNG_PORTFOLIO.year})`;
  return (
    `${publisher}${year}. Verscheidenheid in kaart: gemeenten naar de typen van de WRR (${details}${built}) [website]. ` +
    `${url}, geraadpleegd op ${ACCESSED_PLACEHOLDER}. Broncode en gegevens: ${repository}.${figures} ` +
    `Typologie naar ${typology}; praktijkvoorbeelden naar ${examples}. ${attribution}.`
  );
}

/** Where a citation has the day it was consulted, until the page's script puts in today. */
export const ACCESSED_PLACEHOLDER = '[datum]';

/** One row of the table of methods tested leave-one-out: a named type (or all), with each method's tally. */
export interface HeldOutRow {
  /** The named type, or undefined for all named municipalities together. */
  type: TypeSlug | undefined;
  rules: Tally;
  baselines: Tally[];
}

/** The rows of that table: one per named type in the WRR's order, then all together; only `only` where given. */
export function heldOutRows(typology: Pick<TypologyCheck, 'leaveOneOut' | 'baselines'>, only?: TypeSlug): HeldOutRow[] {
  const { leaveOneOut, baselines } = typology;
  const perType = TYPE_SLUGS.filter((t) => leaveOneOut.byType[t] && (!only || t === only)).map((type) => ({
    type,
    rules: leaveOneOut.byType[type]!,
    baselines: baselines.map((b) => b.byType[type]!),
  }));
  return only ? perType : [...perType, { type: undefined, rules: leaveOneOut, baselines }];
}
