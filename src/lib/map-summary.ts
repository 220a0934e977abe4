import type { Municipality } from './dataset.ts';
import { formatNumber } from './format.ts';
import { TYPES, type TypeSlug } from './wrr-types.ts';

/** What the map shows of each municipality: name, and per year inhabitants and type. */
export interface MapMunicipality {
  code: string;
  name: string;
  /** Per statistics year (same order as `years`): inhabitants. */
  inhabitants: number[];
  /** Per year: the type shown. */
  types: TypeSlug[];
  /** Per year: the type by this site's rules (differs from `types` where the WRR names another). */
  derived: TypeSlug[];
  /** Per year: whether the WRR names this municipality as an example of its type. */
  named: boolean[];
  /** Number of practice examples about this municipality. */
  examples: number;
}

/** The map file: years and one entry per municipality. */
export interface MapSummary {
  years: number[];
  municipalities: MapMunicipality[];
}

/** Builds the map file from the dataset; `examples` counts practice examples per code. */
export function mapSummary(
  municipalities: readonly Municipality[],
  years: readonly string[],
  examples: ReadonlyMap<string, number> = new Map(),
): MapSummary {
  return {
    years: years.map(Number),
    municipalities: municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      inhabitants: years.map((y) => m.years[y]!.figures.inhabitants),
      types: years.map((y) => m.years[y]!.typing.type),
      derived: years.map((y) => m.years[y]!.typing.derived),
      named: years.map((y) => m.years[y]!.typing.basis === 'genoemd'),
      examples: examples.get(m.code) ?? 0,
    })),
  };
}

/** The type of a map entry in the year at `yearIndex`. */
export function typeIn(m: MapMunicipality, yearIndex: number): TypeSlug {
  return m.types[yearIndex]!;
}

/**
 * Whether a municipality's type by the rules differs between two years (indexes into the years).
 * The shown type would mix methods: the WRR names types only for its own year.
 */
export function changedBetween(m: MapMunicipality, from: number, to: number): boolean {
  return m.derived[from] !== m.derived[to];
}

/** "Amsterdam: meerderheid-minderhedenstad (genoemd door de WRR), 821.752 inwoners in 2015". */
export function mapLabel(m: MapMunicipality, yearIndex: number, years: readonly number[]): string {
  const type = TYPES[typeIn(m, yearIndex)].singular.toLowerCase();
  const named = m.named[yearIndex] ? ' (genoemd door de WRR)' : '';
  return `${m.name}: ${type}${named}, ${formatNumber(m.inhabitants[yearIndex]!)} inwoners in ${years[yearIndex]}`;
}
