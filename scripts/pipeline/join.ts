import { nameKey } from '../../src/lib/words/names.ts';
import type { Area } from './read-boundaries.ts';
import { InputError } from '../../src/lib/checks/input-error.ts';
import type { NameDifference } from './sources.ts';

/** What joining needs of a statistics row, of either origin model: its code, name and line. */
export interface NamedRow {
  code: string;
  name: string;
  line: number;
}

/** A statistics row with its boundary. */
export interface Joined<R extends NamedRow = NamedRow> {
  row: R;
  area: Area;
}

/**
 * Pairs every statistics row with the boundary of the same code. Codes on one side only are
 * errors, named with the file (and line) they come from, so nothing is dropped unnoticed; so is a
 * code the two files give different names (rows shifted or mixed up), unless the manifest lists
 * that difference with its reason.
 */
export function joinToBoundaries<R extends NamedRow>(
  rows: readonly R[],
  areas: readonly Area[],
  files: { statistics: string; boundaries: string; manifest: string },
  nameDifferences: readonly NameDifference[] = [],
): Joined<R>[] {
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
  checkNames(joined, files, nameDifferences);
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

/**
 * Both files must name each code alike (see nameKey). A difference the manifest lists must be
 * exactly the one found, so that the list cannot outlive the files it describes.
 */
export function checkNames(
  joined: readonly Pick<Joined, 'row' | 'area'>[],
  files: { statistics: string; boundaries: string; manifest: string },
  nameDifferences: readonly NameDifference[],
): void {
  const listed = new Map(nameDifferences.map((d) => [d.code, d]));
  for (const { row, area } of joined) {
    const known = listed.get(row.code);
    listed.delete(row.code);
    const boundaryName = area.properties.name;
    if (known && known.statistics === row.name && known.boundaries === boundaryName) continue;
    if (known) {
      throw new InputError(
        files.manifest,
        `nameDifferences lists ${row.code} as "${known.statistics}" and "${known.boundaries}", but the files name it ` +
          `"${row.name}" (${files.statistics}) and "${boundaryName}" (${files.boundaries}); correct or remove the entry`,
      );
    }
    if (nameKey(row.name) !== nameKey(boundaryName)) {
      throw new InputError(
        files.statistics,
        `${row.code} is "${row.name}" here but "${boundaryName}" in ${files.boundaries}: the rows may be shifted ` +
          `or mixed up. If both mean the same municipality, list the difference with its reason under ` +
          `nameDifferences in ${files.manifest}`,
        { line: row.line },
      );
    }
  }
  const [unused] = listed.values();
  if (unused) {
    throw new InputError(files.manifest, `nameDifferences lists ${unused.code}, which is not in ${files.statistics}`);
  }
}
