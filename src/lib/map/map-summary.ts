import type { Municipality, OpenTo } from '../figures/dataset-schema.ts';
import { inYear } from '../figures/in-year.ts';
import type { NamedBy } from '../typology/named-by.ts';
import { NAMED_BY_WORDS } from '../typology/named-by.ts';
import { alternativesOf, doubtNote, doubtSentence, isOpen, openReasons, WEAK_NOTE } from '../typology/open-type.ts';
import { changedBeyondPrecision, typesWithinPrecision } from '../typology/type-change.ts';
import { TYPES, type TypeSlug } from '../typology/wrr-types.ts';
import { midSentence } from '../words/words.ts';

/**
 * What the map shows of each municipality: name, and per year inhabitants and type. Lists that
 * would only repeat `types` or hold nothing are left out, which keeps the map's data file small.
 */
export interface MapMunicipality {
  code: string;
  name: string;
  /** Per statistics year (same order as `years`): inhabitants. */
  inhabitants: number[];
  /** Per year: the type shown. */
  types: TypeSlug[];
  /** Per year: the type by this site's rules, where it differs from `types` in some year (a source names another). */
  derived?: TypeSlug[];
  /** Per year: who names the shown type, where a source does in some year. */
  namedBy?: (NamedBy | null)[];
  /** Per year: the other types the type by the rules could be, where it is open in some year. */
  open?: (OpenTo | null)[];
  /** Number of practice examples about this municipality, where there are any. */
  examples?: number;
  /** Per herkomstland year (same order as `originYears`): the share from outside Europe, 0–1. */
  outsideEurope?: number[];
}

/** The map's data file (/data/kaart.json): years and one entry per municipality. */
export interface MapSummary {
  /** The years with types. */
  years: number[];
  /** The years in CBS's herkomstland classification: figures, no types (see origin-models.ts). */
  originYears: number[];
  municipalities: MapMunicipality[];
  /** The types the rules recognise poorly out of sample (see open-type.ts), where there are any. */
  weak?: TypeSlug[];
}

/** Builds the map's data from the dataset; `examples` counts practice examples per code. */
export function mapSummary(
  municipalities: readonly Municipality[],
  years: readonly number[],
  examples: ReadonlyMap<string, number> = new Map(),
  originYears: readonly number[] = [],
  weak: readonly TypeSlug[] = [],
): MapSummary {
  return {
    years: years.map(Number),
    originYears: [...originYears],
    ...(weak.length > 0 && { weak: [...weak] }),
    municipalities: municipalities.map((m) => {
      const typings = years.map((y) => inYear(m, y).typing);
      const types = typings.map((t) => t.type);
      const derived = typings.map((t) => t.derived);
      const namedBy = typings.map((t) => t.namedBy);
      const open = typings.map((t) => (isOpen(t.openTo) ? t.openTo : null));
      const count = examples.get(m.code) ?? 0;
      return {
        code: m.code,
        name: m.name,
        inhabitants: years.map((y) => inYear(m, y).figures.inhabitants),
        types,
        ...(derived.some((d, i) => d !== types[i]) && { derived }),
        ...(namedBy.some(Boolean) && { namedBy }),
        ...(open.some(Boolean) && { open }),
        ...(count > 0 && { examples: count }),
        ...(originYears.length > 0 && {
          outsideEurope: originYears.map((y) => m.origin[String(y)]!.figures.shares.outsideEurope),
        }),
      };
    }),
  };
}

/** The type of a map entry in the year at `yearIndex`. */
export function typeIn(m: MapMunicipality, yearIndex: number): TypeSlug {
  return m.types[yearIndex]!;
}

/** The type by this site's rules in one year (the shown type where the file leaves `derived` out). */
export const derivedIn = (m: MapMunicipality, yearIndex: number): TypeSlug => (m.derived ?? m.types)[yearIndex]!;

/** Who names the shown type in one year, or null (also where the file leaves `namedBy` out). */
export const namedByIn = (m: MapMunicipality, yearIndex: number): NamedBy | null => m.namedBy?.[yearIndex] ?? null;

/** The other types the type by the rules could be in one year, or null where it is settled. */
export const openIn = (m: MapMunicipality, yearIndex: number): OpenTo | null => m.open?.[yearIndex] ?? null;

/**
 * Whether a municipality's type by the rules differs between two years (indexes into the years)
 * beyond the rounding of either year's figures (see type-change.ts). The shown type would mix
 * methods: a source names types only for its own year.
 */
export function changedBetween(m: MapMunicipality, from: number, to: number): boolean {
  const possible = (i: number) => typesWithinPrecision(derivedIn(m, i), derivedIn(m, i), openIn(m, i)?.rounding ?? []);
  return changedBeyondPrecision(possible(from), possible(to));
}

/**
 * The shown type in words with where it comes from: "Meerderheid-minderhedenstad (genoemd door de
 * WRR)", or for an open type by the rules "Tuinbouwgemeente, of gemiddelde gemeente (twijfelgeval: regels)".
 */
export function typeLine(m: MapMunicipality, yearIndex: number): string {
  const open = namedByIn(m, yearIndex) ? null : openIn(m, yearIndex);
  const line = shownTypeLine(m, yearIndex);
  return open ? `${line}${doubtNote(alternativesOf(open), openReasons(open))}` : line;
}

/** The shown type in words, with the source that names it: "Meerderheid-minderhedenstad (genoemd door de WRR)". */
export function shownTypeLine(m: MapMunicipality, yearIndex: number): string {
  const type = TYPES[typeIn(m, yearIndex)].singular;
  const by = namedByIn(m, yearIndex);
  return by ? `${type} (${NAMED_BY_WORDS[by].badge})` : type;
}

/**
 * What a label says after the type about how sure it is: "Twijfelgeval: met deze cijfers kan Tiel
 * ook een gemiddelde gemeente zijn." for an open type by the rules, and a warning for a type by
 * the rules that the rules recognise poorly. Nothing for a type a source names.
 */
export function certaintyLines(m: MapMunicipality, yearIndex: number, weak: readonly TypeSlug[] = []): string[] {
  if (namedByIn(m, yearIndex)) return [];
  const open = openIn(m, yearIndex);
  return [...(open ? [doubtSentence(m.name, open)] : []), ...(weak.includes(typeIn(m, yearIndex)) ? [WEAK_NOTE] : [])];
}

/**
 * A map link's accessible name: "Amsterdam: meerderheid-minderhedenstad (genoemd door de WRR)".
 * Inhabitants are left to the label that appears on hover or focus: 342 of them would weigh the page down.
 */
export function mapLabel(m: MapMunicipality, yearIndex: number): string {
  const line = typeLine(m, yearIndex);
  return `${m.name}: ${midSentence(line)}`;
}
