import type { FormerMunicipality } from './dataset-schema.ts';
import { MIGRATION_GROUPS } from './migration-groups.ts';
import { NAMED_BY, type NamedBy } from './named-by.ts';
import { VNG_PORTFOLIO, WRR_REPORT } from './credits.ts';
import { formatDate } from './format.ts';

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

/** What a citation needs: the version, commit and data date of this build, and where the site is. */
export interface CitationParts {
  version: string;
  commit: string | null;
  date: string | null;
  url: string;
  /** Who the figures come from, as the manifest credits them: "Bron: CBS, Kadaster". */
  attribution: string;
}

/** The citation the method page offers: "Verscheidenheid in kaart (versie 0.2.0, commit 1a2b3c4; gegevens van 4 december 2026). <url>". */
export function citation({ version, commit, date, url, attribution }: CitationParts): string {
  const details = [`versie ${version}`, ...(commit ? [`commit ${commit.slice(0, 7)}`] : [])].join(', ');
  const built = date ? `; gegevens opgebouwd op ${formatDate(date)}` : '';
  const typology = `${WRR_REPORT.author}, ${WRR_REPORT.title} (${WRR_REPORT.year})`;
  const examples = `${VNG_PORTFOLIO.author}, ${VNG_PORTFOLIO.title} (${VNG_PORTFOLIO.year})`;
  return `Verscheidenheid in kaart (${details}${built}). Typologie naar ${typology}; praktijkvoorbeelden naar ${examples}. ${attribution}. ${url}`;
}
