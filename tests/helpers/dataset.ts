import { readFileSync } from 'node:fs';
import type { FormerMunicipality, Municipality } from '../../src/lib/figures/dataset-schema.ts';
import { changedBeyondPrecision, typesWithinPrecision } from '../../src/lib/typology/type-change.ts';
import type { TypeSlug } from '../../src/lib/typology/wrr-types.ts';

/** The generated dataset (npm run data:build), as the pages get it. */
export const today = JSON.parse(readFileSync('src/data/municipalities.json', 'utf8')) as Municipality[];
export const former = JSON.parse(readFileSync('src/data/former-municipalities.json', 'utf8')) as FormerMunicipality[];

/** One of today's municipalities by code. */
export const municipality = (code: string) => today.find((m) => m.code === code)!;

/**
 * Whether a municipality's type changed between two years beyond the rounding of either year's
 * figures (see type-change.ts), comparing the type `typeOf` picks (by default the type by the rules).
 */
export function changedBeyondRounding(
  m: Municipality,
  from: number | string,
  to: number | string,
  typeOf: (m: Municipality, year: number | string) => TypeSlug = (x, y) => x.years[y]!.typing.derived,
): boolean {
  const possible = (year: number | string) => {
    const { derived, openTo } = m.years[year]!.typing;
    return typesWithinPrecision(typeOf(m, year), derived, openTo.rounding);
  };
  return changedBeyondPrecision(possible(from), possible(to));
}
