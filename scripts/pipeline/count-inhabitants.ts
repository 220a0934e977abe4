import type { DraftMunicipality, Report } from '../../src/lib/figures/dataset-schema.ts';
import { InputError } from '../../src/lib/checks/input-error.ts';

/**
 * Step 5, accounting: every inhabitant read in a year, of either origin classification, must be
 * counted on today's map, so that no municipality was dropped or counted twice. Returns the
 * report lines with what came out, oldest year first.
 */
export function countInhabitants(
  years: readonly { report: Omit<Report['years'][number], 'inhabitantsOut'>; file: string }[],
  municipalities: readonly DraftMunicipality[],
): Report['years'] {
  return [...years]
    .sort((a, b) => a.report.year - b.report.year)
    .map(({ report, file }) => {
      const key = String(report.year);
      const out = municipalities.reduce((sum, m) => sum + (m.years[key] ?? m.origin[key])!.figures.inhabitants, 0);
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
