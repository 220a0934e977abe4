import type { FormerMunicipality, Municipality } from './dataset-schema.ts';
import { inYear } from './in-year.ts';
import { compareNames } from '../words/names.ts';
import type { NamedBy } from '../typology/named-by.ts';
import type { TypeSlug } from '../typology/wrr-types.ts';

/** How today's municipalities came about: the municipalities of earlier years and where they went. */

/** The share of its area a second part must have for a former municipality to count as split. */
export const SPLIT_PART = 0.2;

/**
 * Whether a former municipality was split: a second part of at least `SPLIT_PART` of its area.
 * Smaller parts are mostly differences in how the boundaries of different years were generalised.
 */
export function isSplit(m: { parts: readonly { share: number }[] }): boolean {
  return (m.parts[1]?.share ?? 0) >= SPLIT_PART;
}

/**
 * The smallest part of a split municipality worth naming; smaller ones are differences in how the
 * boundaries of different years were generalised (a few per mille).
 */
export const NAMED_PART = 0.05;

/** A municipality of earlier years that was split over several of today's. */
export interface Split {
  code: string;
  name: string;
  /** The statistics years it appears in. */
  years: number[];
  /** Today's municipality that counts its figures: the one with the largest part. */
  successor: string;
  /** Today's municipalities with at least `NAMED_PART` of its area (latest year), largest first. */
  parts: { code: string; share: number }[];
}

/** Every split municipality of earlier years, once, with the years it appears in, in Dutch order. */
export function splitMunicipalities(former: readonly FormerMunicipality[]): Split[] {
  const byCode = new Map<string, Split>();
  for (const f of former.filter(isSplit)) {
    const parts = f.parts.filter((p) => p.share >= NAMED_PART);
    const known = byCode.get(f.code);
    if (known) Object.assign(known, { years: [...known.years, f.year], parts });
    else byCode.set(f.code, { code: f.code, name: f.name, years: [f.year], successor: f.successor, parts });
  }
  return [...byCode.values()].sort((a, b) => compareNames(a.name, b.name));
}

/** The split municipalities part of which lies in `code` while their figures count elsewhere. */
export function receivedParts(code: string, splits: readonly Split[]): Split[] {
  return splits.filter((s) => s.successor !== code && s.parts.some((p) => p.code === code));
}

/** The split municipalities whose figures count wholly in `code` although part of them lies elsewhere. */
export function countedSplits(code: string, splits: readonly Split[]): Split[] {
  return splits.filter((s) => s.successor === code);
}

/** The share of a split municipality's area that lies in `code` now. */
export function partIn(split: Split, code: string): number {
  return split.parts.find((p) => p.code === code)?.share ?? 0;
}

/** A lookup of the municipalities of earlier years by year and code; an unknown pair is an error. */
export function formerLookup(
  former: readonly FormerMunicipality[],
): (year: number, code: string) => FormerMunicipality {
  const byKey = new Map(former.map((f) => [`${f.year}-${f.code}`, f]));
  return (year, code) => {
    const found = byKey.get(`${year}-${code}`);
    if (!found) throw new Error(`no municipality ${code} in ${year}`);
    return found;
  };
}

/** The years in which a municipality of today was made up of others, or had another code. */
export function yearsWithMergers(m: Municipality, years: readonly number[]): number[] {
  return years.filter((y) => {
    const predecessors = inYear(m, y).predecessors;
    return predecessors.length > 1 || predecessors[0]!.code !== m.code;
  });
}

/** A municipality named as an example of a type: who names it, its type by the rules, and where it lies today. */
export interface NamedExample {
  code: string;
  name: string;
  by: NamedBy;
  /** Its type by this site's rules in the year it was named. */
  derived: TypeSlug;
  successor: Municipality;
}

/**
 * The municipalities named as examples of one type in the reference year, each with today's
 * municipality it lies in (a municipality named in 2015 may have merged since), in Dutch
 * alphabetical order. One that is still a municipality under its code goes by today's official name
 * ("Hengelo (O.)", where CBS's 2015 file wrote "Hengelo"), as the map and the lists name it.
 */
export function namedExamples(
  type: TypeSlug,
  year: number,
  former: readonly FormerMunicipality[],
  today: readonly Municipality[],
): NamedExample[] {
  const byCode = new Map(today.map((m) => [m.code, m]));
  return former
    .filter((f) => f.year === year && f.typing.named === type && f.typing.namedBy)
    .map((f) => {
      const successor = byCode.get(f.successor)!;
      return {
        code: f.code,
        name: successor.code === f.code ? successor.name : f.name,
        by: f.typing.namedBy!,
        derived: f.typing.derived,
        successor,
      };
    })
    .sort((a, b) => compareNames(a.name, b.name));
}

/** One row of the "formed from" table: a municipality of an earlier year and the years it is counted in. */
export interface PredecessorRow {
  code: string;
  name: string;
  /** The years (of those asked) in which its figures are counted in today's municipality. */
  years: number[];
}

/** The municipalities a municipality of today was made up of, over the given years, each once. */
export function predecessorRows(m: Municipality, years: readonly number[]): PredecessorRow[] {
  const rows = new Map<string, PredecessorRow>();
  for (const year of years) {
    for (const p of inYear(m, year).predecessors) {
      const row = rows.get(p.code) ?? { code: p.code, name: p.name, years: [] };
      row.years.push(year);
      rows.set(p.code, row);
    }
  }
  return [...rows.values()];
}
