import type { Geography } from '../../src/lib/figures/dataset-schema.ts';
import type { BoundaryYears, PlacedBoundaries } from './boundary-years.ts';
import { InputError } from '../../src/lib/checks/input-error.ts';
import { checkNames, joinToBoundaries } from './join.ts';
import type { Lineage } from './lineage.ts';
import type { Area } from './read-boundaries.ts';
import type { NamedRow } from './join.ts';
import type { StatisticsSource } from './sources.ts';
import type { TodaysMap } from './todays-map.ts';

/** Where one statistics row lies: its boundary, geography and place on today's map, and the boundary file that says so. */
export interface Placement<R extends NamedRow = NamedRow> {
  row: R;
  area: Area;
  geography: Geography;
  lineage: Lineage;
  boundaries: { year: number; file: string };
}

/**
 * Places every row of a statistics year on today's map: with the year's own boundary file where the
 * manifest gives one, else by code (see placeByCode). Either way the names must agree (see join.ts).
 */
export function placeRows<R extends NamedRow>(
  statistics: { source: StatisticsSource; file: string; rows: readonly R[] },
  years: BoundaryYears,
  today: TodaysMap,
  manifestPath: string,
): Placement<R>[] {
  const { source, file, rows } = statistics;
  const nameDifferences = source.nameDifferences ?? [];
  if (source.boundaries !== undefined) {
    const own = years.get(source.boundaries);
    const files = { statistics: file, boundaries: own.file, manifest: manifestPath };
    return joinToBoundaries(rows, [...own.areas.values()], files, nameDifferences).map(({ row }) =>
      placedWith(row, own),
    );
  }
  const todaysNames = new Map(today.boundaries.areas.map((a) => [a.properties.code, a.properties.name]));
  const placements = rows.map((row) => placeByCode(row, years, source.year, file, todaysNames));
  const stray = nameDifferences.find((d) => !rows.some((r) => r.code === d.code));
  if (stray) throw new InputError(manifestPath, `nameDifferences lists ${stray.code}, which is not in ${file}`);
  for (const boundaryFile of new Set(placements.map((p) => p.boundaries.file))) {
    const mine = placements.filter((p) => p.boundaries.file === boundaryFile);
    const listed = nameDifferences.filter((d) => mine.some((p) => p.row.code === d.code));
    checkNames(mine, { statistics: file, boundaries: boundaryFile, manifest: manifestPath }, listed);
  }
  const reached = new Set(placements.map((p) => p.lineage.successor));
  const empty = [...todaysNames].filter(([code]) => !reached.has(code));
  if (empty.length > 0) {
    const list = empty.map(([code, name]) => `${code} (${name})`).join(', ');
    throw new InputError(file, `no ${source.year} municipality is placed in ${list}; a municipality is missing`);
  }
  return placements;
}

/**
 * Places a row of a year without boundaries by its code: with the boundary file nearest in time
 * that has the code (the older one on a tie), after checking that every boundary file with the
 * code puts it in the same municipality of today. Mergers only add area to a code and a code is
 * not given to another municipality, so the files agree; where they do not, or where no file has
 * the code, its place cannot be told and the build stops.
 */
function placeByCode<R extends NamedRow>(
  row: R,
  years: BoundaryYears,
  year: number,
  file: string,
  todaysNames: ReadonlyMap<string, string>,
): Placement<R> {
  const having = years.ids.map((id) => years.get(id)).filter((b) => b.lineage.has(row.code));
  const where = { line: row.line };
  if (having.length === 0) {
    const all = years.ids.map((id) => years.get(id).year).join(', ');
    throw new InputError(
      file,
      `${row.code} (${row.name}) is in none of the boundary files (${all}), so it cannot be placed on today's map; ` +
        `check the code, or give the ${year} statistics their own boundaries in the manifest`,
      where,
    );
  }
  const byToday = new Map<string, number[]>();
  for (const b of having) {
    const successor = b.lineage.get(row.code)!.successor;
    byToday.set(successor, [...(byToday.get(successor) ?? []), b.year]);
  }
  if (byToday.size > 1) {
    const list = [...byToday]
      .map(([code, by]) => `${code} (${todaysNames.get(code)}) by the boundaries of ${by.join(' and ')}`)
      .join(', ');
    throw new InputError(
      file,
      `${row.code} (${row.name}) lies in different municipalities of today depending on the boundary file: ${list}; ` +
        `its place cannot be told from its code, so give the ${year} statistics their own boundaries in the manifest`,
      where,
    );
  }
  const nearest = having.reduce((best, b) => (Math.abs(b.year - year) < Math.abs(best.year - year) ? b : best));
  return placedWith(row, nearest);
}

function placedWith<R extends NamedRow>(row: R, boundaries: PlacedBoundaries): Placement<R> {
  return {
    row,
    area: boundaries.areas.get(row.code)!,
    geography: boundaries.geography.get(row.code)!,
    lineage: boundaries.lineage.get(row.code)!,
    boundaries: { year: boundaries.year, file: boundaries.file },
  };
}
