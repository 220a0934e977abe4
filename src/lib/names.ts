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
