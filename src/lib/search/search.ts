import leven from 'leven';
import { compareNames, normalizeName } from '../words/names.ts';

/** One searchable municipality: its current name and the other names it is known by. */
export interface SearchEntry {
  code: string;
  name: string;
  /** Former names of its parts and common aliases ("Den Haag"). */
  aliases: string[];
  /** Towns and villages that lie in it (from the gazetteer), other than its own name; absent when none. */
  places?: string[];
}

/** The search file (/data/gemeenten.json): every municipality with its other names and places. */
export interface SearchIndex {
  municipalities: SearchEntry[];
}

/** A search result, with the other name or the place that matched when it was not the current name. */
export interface SearchHit {
  code: string;
  name: string;
  matchedAlias?: string;
  matchedPlace?: string;
}

// Better matches rank lower: the whole name, its start, the start of a word, anywhere.
function rank(candidate: string, query: string): number | undefined {
  if (candidate === query) return 0;
  if (candidate.startsWith(query)) return 1;
  if (candidate.includes(` ${query}`)) return 2;
  if (candidate.includes(query)) return 3;
  return undefined;
}

// At the same rank a current name beats a former name or alias, and that beats a place in it.
const KINDS = ['name', 'alias', 'place'] as const;
type Kind = (typeof KINDS)[number];

// Each entry's names with their normalized form, made once per entry: a search runs on every keystroke.
const namesCache = new WeakMap<SearchEntry, [Kind, string, string][]>();

function namesOf(entry: SearchEntry): [kind: Kind, text: string, key: string][] {
  let names = namesCache.get(entry);
  if (!names) {
    names = [
      ['name', entry.name] as const,
      ...entry.aliases.map((a) => ['alias', a] as const),
      ...(entry.places ?? []).map((p) => ['place', p] as const),
    ].map(([kind, text]): [Kind, string, string] => [kind, text, normalizeName(text)]);
    namesCache.set(entry, names);
  }
  return names;
}

function hitOf(entry: SearchEntry, kind: Kind, matched: string): SearchHit {
  const hit: SearchHit = { code: entry.code, name: entry.name };
  if (kind === 'alias') hit.matchedAlias = matched;
  if (kind === 'place') hit.matchedPlace = matched;
  return hit;
}

// Every municipality that matches, with its best score (rank × 3 + kind), best first.
function scored(entries: readonly SearchEntry[], query: string): { hit: SearchHit; score: number }[] {
  const q = normalizeName(query);
  if (q === '') return [];
  const found: { hit: SearchHit; score: number }[] = [];
  for (const entry of entries) {
    let best: { hit: SearchHit; score: number } | undefined;
    for (const [kind, text, key] of namesOf(entry)) {
      const r = rank(key, q);
      if (r === undefined) continue;
      const score = r * KINDS.length + KINDS.indexOf(kind);
      if (!best || score < best.score) best = { hit: hitOf(entry, kind, text), score };
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => a.score - b.score || compareNames(a.hit.name, b.hit.name));
}

/**
 * Finds municipalities by current name, former name, alias or a town in it, ignoring case, accents,
 * "'s-" and punctuation. At the same rank a current name wins over an alias, an alias over a town;
 * then Dutch alphabetical order.
 */
export function search(entries: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
  return scored(entries, query)
    .slice(0, limit)
    .map((s) => s.hit);
}

/**
 * The municipality that Enter opens without a choice from the list: the only match; or one that
 * matches more exactly than every other (the whole name where the others only start so); or, among
 * whole-name matches, the one whose own name it is ("Hengelo" before the village in Bronckhorst).
 * Undefined when the reader has to choose or nothing matches.
 */
export function bestHit(entries: readonly SearchEntry[], query: string): SearchHit | undefined {
  const [first, second] = scored(entries, query);
  if (!first) return undefined;
  if (!second) return first.hit;
  const exactness = (score: number) => Math.floor(score / KINDS.length);
  const better =
    exactness(first.score) < exactness(second.score) || (exactness(first.score) === 0 && first.score < second.score);
  return better ? first.hit : undefined;
}

/**
 * What the reader may have meant when nothing matches: the names, former names and towns closest to
 * the query by edit distance (at most one edit per three letters), one per municipality, closest first.
 */
export function suggestions(entries: readonly SearchEntry[], query: string, limit = 3): SearchHit[] {
  const q = normalizeName(query);
  const allowed = Math.floor(q.length / 3);
  if (allowed === 0) return [];
  const close: { hit: SearchHit; distance: number }[] = [];
  for (const entry of entries) {
    let best: { hit: SearchHit; distance: number } | undefined;
    for (const [kind, text, key] of namesOf(entry)) {
      const distance = leven(key, q, { maxDistance: allowed + 1 });
      if (distance <= allowed && (!best || distance < best.distance))
        best = { hit: hitOf(entry, kind, text), distance };
    }
    if (best) close.push(best);
  }
  return close
    .sort((a, b) => a.distance - b.distance || compareNames(a.hit.name, b.hit.name))
    .slice(0, limit)
    .map((c) => c.hit);
}
