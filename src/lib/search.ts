import { compareNames, normalizeName } from './names.ts';

/** One searchable municipality: its current name and the other names it is known by. */
export interface SearchEntry {
  code: string;
  name: string;
  /** Former names of its parts and common aliases ("Den Haag"). */
  aliases: string[];
}

/** The search file (/data/gemeenten.json): every municipality with its other names. */
export interface SearchIndex {
  municipalities: SearchEntry[];
}

/** A search result, with the other name that matched when it was not the current one. */
export interface SearchHit {
  code: string;
  name: string;
  matchedAlias?: string;
}

// Better matches rank lower: the whole name, its start, the start of a word, anywhere.
function rank(candidate: string, query: string): number | undefined {
  if (candidate === query) return 0;
  if (candidate.startsWith(query)) return 1;
  if (candidate.includes(` ${query}`)) return 2;
  if (candidate.includes(query)) return 3;
  return undefined;
}

/**
 * Finds municipalities by current name, former name or alias, ignoring case, accents, "'s-" and
 * punctuation. Current names win over aliases at the same rank; then Dutch alphabetical order.
 */
export function search(entries: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = normalizeName(query);
  if (q === '') return [];
  const hits: (SearchHit & { score: number })[] = [];
  for (const entry of entries) {
    const own = rank(normalizeName(entry.name), q);
    let best = own === undefined ? undefined : { score: own * 2 };
    let matchedAlias: string | undefined;
    for (const alias of entry.aliases) {
      const r = rank(normalizeName(alias), q);
      if (r !== undefined && (best === undefined || r * 2 + 1 < best.score)) {
        best = { score: r * 2 + 1 };
        matchedAlias = alias;
      }
    }
    if (best)
      hits.push({ code: entry.code, name: entry.name, ...(matchedAlias ? { matchedAlias } : {}), score: best.score });
  }
  return hits
    .sort((a, b) => a.score - b.score || compareNames(a.name, b.name))
    .slice(0, limit)
    .map(({ code, name, matchedAlias }) => ({ code, name, ...(matchedAlias ? { matchedAlias } : {}) }));
}
