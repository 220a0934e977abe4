import type { FormerMunicipality } from './dataset-schema.ts';
import { isSplit, NAMED_PART } from './history.ts';

/**
 * The old addresses: a code of an earlier statistics year that is not one of today's
 * municipalities keeps a page at /gemeente/<code>/, so links and bookmarks made then still lead
 * somewhere.
 */

/** What the page of a former municipality code says. */
export interface FormerPage {
  code: string;
  /** Its name in the last year it appears in. */
  name: string;
  /** Other names the same code had in earlier years, oldest first (usually none). */
  earlierNames: string[];
  /** The statistics years it appears in, oldest first. */
  years: number[];
  /** Today's municipality its figures count with: the one with the largest part of its area. */
  successor: string;
  /** Whether it was split over several of today's municipalities (see `isSplit`). */
  split: boolean;
  /** Today's municipalities with at least `NAMED_PART` of its area in the last year it appears in, largest first. */
  parts: { code: string; share: number }[];
}

/** One page per code of an earlier year that is not a code of today, in the order of the codes. */
export function formerPages(former: readonly FormerMunicipality[], todaysCodes: Iterable<string>): FormerPage[] {
  const current = new Set(todaysCodes);
  const byCode = new Map<string, FormerMunicipality[]>();
  for (const f of former) {
    if (current.has(f.code)) continue;
    byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, rows]) =>
      pageOf(
        code,
        [...rows].sort((a, b) => a.year - b.year),
      ),
    );
}

/** The page of one code from its rows, oldest first; the last year's boundaries say where it lies now. */
function pageOf(code: string, rows: readonly FormerMunicipality[]): FormerPage {
  const last = rows.at(-1)!;
  const sorted = [...last.parts].sort((a, b) => b.share - a.share);
  return {
    code,
    name: last.name,
    earlierNames: [...new Set(rows.map((r) => r.name))].filter((n) => n !== last.name),
    years: rows.map((r) => r.year),
    successor: last.successor,
    split: isSplit({ parts: sorted }),
    parts: sorted.filter((p) => p.share >= NAMED_PART),
  };
}
