import type { Area } from './read-boundaries.ts';
import { InputError } from './input-error.ts';
import type { StatisticsRow } from './read-statistics.ts';

/** A statistics row with its boundary. */
export interface Joined {
  row: StatisticsRow;
  area: Area;
}

/**
 * Pairs every statistics row with the boundary of the same code. Codes on one side only are
 * errors, named with the file (and line) they come from, so nothing is dropped unnoticed.
 */
export function joinToBoundaries(
  rows: readonly StatisticsRow[],
  areas: readonly Area[],
  files: { statistics: string; boundaries: string },
): Joined[] {
  const byCode = new Map(areas.map((area) => [area.properties.code, area]));
  const joined = rows.map((row) => {
    const area = byCode.get(row.code);
    if (!area) {
      throw new InputError(files.statistics, `${row.code} (${row.name}) has no boundary in ${files.boundaries}`, {
        line: row.line,
      });
    }
    return { row, area };
  });
  const rowCodes = new Set(rows.map((row) => row.code));
  const unmatched = areas.filter((area) => !rowCodes.has(area.properties.code));
  if (unmatched.length > 0) {
    // A whole missing file would list hundreds: name a few, count the rest.
    const shown = unmatched.slice(0, 5).map((a) => `${a.properties.code} (${a.properties.name})`);
    const rest = unmatched.length > shown.length ? ` and ${unmatched.length - shown.length} more` : '';
    throw new InputError(
      files.boundaries,
      `boundary without statistics in ${files.statistics}: ${shown.join(', ')}${rest}`,
    );
  }
  return joined;
}
