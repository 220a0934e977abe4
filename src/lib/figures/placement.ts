import type { Report } from './dataset-schema.ts';
import { formatNumber } from '../words/format.ts';
import { listOf } from '../words/words.ts';

/** How the municipalities of one statistics year were placed on today's map. */
export interface Placement {
  year: number;
  /** Whether the year has boundaries of its own (else each municipality was placed by its code). */
  own: boolean;
  /** Per boundary year, how many municipalities it placed. */
  by: { year: number; municipalities: number }[];
}

/** The placement of every statistics year, from the pipeline's report. */
export function placements(report: Report): Placement[] {
  return report.years.map(({ year, placedBy }) => {
    const by = Object.entries(placedBy).map(([y, n]) => ({ year: Number(y), municipalities: n }));
    return { year, own: by.length === 1 && by[0]!.year === year, by };
  });
}

/** "377 met de grenzen van 2017 en 3 met die van 2022", for the method page. */
export function placedByText(placement: Placement): string {
  return listOf(
    placement.by.map(
      ({ year, municipalities }, i) =>
        `${formatNumber(municipalities)} met ${i === 0 ? 'de grenzen' : 'die'} van ${year}`,
    ),
  );
}
