/** Dutch municipality names: how they sort and how they are matched when searched. */

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The part of a name that sorts: "'s-Gravenhage" sorts under G and "'s-Hertogenbosch" under H,
 * as in Dutch reference works.
 */
export function sortKey(name: string): string {
  return name.replace(/^['’]s[- ]/i, '');
}

/** Compares two municipality names the way a Dutch reader expects. */
export function compareNames(a: string, b: string): number {
  return collator.compare(sortKey(a), sortKey(b)) || collator.compare(a, b);
}

/**
 * A name reduced for matching: lower case, without accents, without "'s-" and CBS's
 * disambiguations such as "(O.)", punctuation as spaces. "Súdwest-Fryslân" → "sudwest fryslan".
 */
export function normalizeName(name: string): string {
  // Searchers often leave out the apostrophe: "s-Gravenhage", "s hertogenbosch".
  return normalizeText(
    name
      .trim()
      .replace(/^['’]?s[- ]/i, '')
      .replace(/\([^)]*\)/g, ' '),
  );
}

/** Any text reduced for matching: lower case, without accents, punctuation as single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Frisian municipalities that changed their official name from the Dutch to the Frisian form, so
 * that CBS's files of different years (and exports made from them) may use either; as name keys,
 * Frisian → Dutch.
 */
const FRISIAN_DUTCH: Record<string, string> = {
  'de fryske marren': 'de friese meren',
  dantumadiel: 'dantumadeel',
  ferwerderadiel: 'ferwerderadeel',
  littenseradiel: 'littenseradeel',
  menameradiel: 'menaldumadeel',
  tytsjerksteradiel: 'tietjerksteradeel',
};

/**
 * A name reduced to what two files must agree on when they name the same municipality: case,
 * accents, spacing, hyphens and apostrophes do not count, nor the full stops inside CBS's province
 * mark ("(NH.)" is "(NH)"); the mark itself counts, because it is all that tells Bergen (NH.) from
 * Bergen (L.). A Frisian name counts as its Dutch one. Other punctuation does count, so that a typo
 * is noticed.
 */
export function nameKey(name: string): string {
  const key = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s*\(([^)]*)\)\s*$/, (_, mark: string) => ` (${mark.replace(/\./g, '')})`)
    .replace(/['’`]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
  return FRISIAN_DUTCH[key] ?? key;
}
