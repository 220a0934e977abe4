import type { MapSummary } from '../map/map-summary.ts';
import { isTypeSlug } from '../typology/wrr-types.ts';

/**
 * The year the map and the table open on: the newest statistics year in which today's
 * municipalities have a WRR type. A year that CBS published in its newer origin classification
 * (from 2023 on) has no such type, so it is passed over because of what the data hold, not
 * because its number is written here.
 */
export function defaultYear({ years, municipalities }: Pick<MapSummary, 'years' | 'municipalities'>): number {
  const typed = years.filter((_, i) =>
    municipalities.some((m) => isTypeSlug((m.types as readonly (string | null | undefined)[])[i] ?? '')),
  );
  const newest = typed.at(-1);
  if (newest === undefined) throw new Error('Geen jaar waarin de gemeenten een WRR-type hebben.');
  return newest;
}
