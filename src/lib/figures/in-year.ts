// Apart from the schemas so that browser code can use it without loading zod.
import type { Municipality, MunicipalityYear } from './dataset-schema.ts';

/** A municipality's figures and type in one statistics year (JSON keys the years as text; everything else as numbers). */
export function inYear(m: Pick<Municipality, 'years'>, year: number): MunicipalityYear {
  const entry = m.years[String(year)];
  if (!entry) throw new Error(`no figures for ${year}`);
  return entry;
}
