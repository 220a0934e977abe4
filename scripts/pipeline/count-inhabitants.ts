import type { DraftMunicipality, Report } from '../../src/lib/dataset-schema.ts';
import { InputError } from '../../src/lib/input-error.ts';
import type { TypedYear } from './type-year.ts';

/**
 * Step 5, accounting: every inhabitant read in a year must be counted on today's map, so that no
 * municipality was dropped or counted twice. Returns the report lines with what came out.
 */
export function countInhabitants(
  years: readonly TypedYear[],
  municipalities: readonly DraftMunicipality[],
): Report['years'] {
  return years.map(({ report, file }) => {
    const out = municipalities.reduce((sum, m) => sum + m.years[String(report.year)]!.figures.inhabitants, 0);
    if (out !== report.inhabitantsIn) {
      throw new InputError(
        file,
        `${report.inhabitantsIn} inhabitants read, but ${out} counted on today's map; a municipality was lost or counted twice`,
      );
    }
    const { types, ...counts } = report;
    return { ...counts, inhabitantsOut: out, types };
  });
}
