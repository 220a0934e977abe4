import type { Municipality, OpenTo } from './dataset-schema.ts';
import { inYear } from './in-year.ts';
import { formatNumber } from './format.ts';
import type { NamedBy } from './named-by.ts';
import { NAMED_BY_WORDS } from './named-by.ts';
import { alternativesOf, doubtNote, isOpen, openReasons } from './open-type.ts';
import { TYPES, type TypeSlug } from './wrr-types.ts';

/** What the map shows of each municipality: name, and per year inhabitants and type. */
export interface MapMunicipality {
  code: string;
  name: string;
  /** Per statistics year (same order as `years`): inhabitants. */
  inhabitants: number[];
  /** Per year: the type shown. */
  types: TypeSlug[];
  /** Per year: the type by this site's rules (differs from `types` where a source names another). */
  derived: TypeSlug[];
  /** Per year: who names the shown type, where a source does. */
  namedBy: (NamedBy | null)[];
  /** Per year: the other types the type by the rules could be, where it is not settled. */
  open: (OpenTo | null)[];
  /** Number of practice examples about this municipality. */
  examples: number;
}

/** The map's data file (/data/kaart.json): years and one entry per municipality. */
export interface MapSummary {
  years: number[];
  municipalities: MapMunicipality[];
}

/** Builds the map's data from the dataset; `examples` counts practice examples per code. */
export function mapSummary(
  municipalities: readonly Municipality[],
  years: readonly number[],
  examples: ReadonlyMap<string, number> = new Map(),
): MapSummary {
  return {
    years: years.map(Number),
    municipalities: municipalities.map((m) => {
      const typings = years.map((y) => inYear(m, y).typing);
      return {
        code: m.code,
        name: m.name,
        inhabitants: years.map((y) => inYear(m, y).figures.inhabitants),
        types: typings.map((t) => t.type),
        derived: typings.map((t) => t.derived),
        namedBy: typings.map((t) => t.namedBy),
        open: typings.map((t) => (isOpen(t.openTo) ? t.openTo : null)),
        examples: examples.get(m.code) ?? 0,
      };
    }),
  };
}

/** The type of a map entry in the year at `yearIndex`. */
export function typeIn(m: MapMunicipality, yearIndex: number): TypeSlug {
  return m.types[yearIndex]!;
}

/**
 * Whether a municipality's type by the rules differs between two years (indexes into the years).
 * The shown type would mix methods: a source names types only for its own year.
 */
export function changedBetween(m: MapMunicipality, from: number, to: number): boolean {
  return m.derived[from] !== m.derived[to];
}

/**
 * The shown type in words with where it comes from: "Meerderheid-minderhedenstad (genoemd door de
 * WRR)", or for an open type by the rules "Tuinbouwgemeente, of gemiddelde gemeente (twijfelgeval: regels)".
 */
export function typeLine(m: MapMunicipality, yearIndex: number): string {
  const type = TYPES[typeIn(m, yearIndex)].singular;
  const by = m.namedBy[yearIndex];
  if (by) return `${type} (${NAMED_BY_WORDS[by].badge})`;
  const open = m.open[yearIndex];
  return open ? `${type}${doubtNote(alternativesOf(open), openReasons(open))}` : type;
}

/** "Amsterdam: meerderheid-minderhedenstad (genoemd door de WRR), 821.752 inwoners in 2015". */
export function mapLabel(m: MapMunicipality, yearIndex: number, years: readonly number[]): string {
  const line = typeLine(m, yearIndex);
  const type = line.charAt(0).toLowerCase() + line.slice(1);
  return `${m.name}: ${type}, ${formatNumber(m.inhabitants[yearIndex]!)} inwoners in ${years[yearIndex]}`;
}
