import type { Figures, FormerMunicipality, Report } from '../../src/lib/dataset.ts';
import { isSplit } from '../../src/lib/history.ts';
import { addCounts, figuresOf } from '../../src/lib/migration-groups.ts';
import { countPerType } from '../../src/lib/per-type.ts';
import { roundTo } from '../../src/lib/round.ts';
import type { TypeSlug } from '../../src/lib/wrr-types.ts';
import { assignTypeAt } from './assign-type-at.ts';
import { geographyOf } from './geography.ts';
import { joinToBoundaries } from './join.ts';
import { deriveLineage } from './lineage.ts';
import type { Point } from './planar.ts';
import type { Inputs, YearStatistics } from './read-inputs.ts';
import { namedTypes } from './reference.ts';
import type { TodaysMap } from './todays-map.ts';

/** One statistics year, typed: every municipality as it was, grouped by today's municipality. */
export interface TypedYear {
  year: number;
  /** The statistics file, for messages about this year. */
  file: string;
  municipalities: FormerMunicipality[];
  /** The country as a whole that year. */
  national: Figures;
  /** Per code of today: the municipalities of this year counted in it. */
  partsOf: Map<string, FormerMunicipality[]>;
  /** What went in; inhabitantsOut is filled in once the year is summed onto today's map. */
  report: Omit<Report['years'][number], 'inhabitantsOut'>;
}

/**
 * Step 3, one year: joins its statistics to its boundaries, measures geography, finds where each
 * municipality went on today's map, and types each one (with the WRR's type where it names it).
 */
export function typeYear(statistics: YearStatistics, inputs: Inputs, today: TodaysMap, border: Point[][]): TypedYear {
  const { source, file, rows } = statistics;
  const own = inputs.boundaries.get(source.boundaries)!;
  const joined = joinToBoundaries(
    rows,
    own.boundaries.areas,
    { statistics: file, boundaries: own.file, manifest: inputs.manifestPath },
    source.nameDifferences,
  );
  const geography = geographyOf(own.boundaries, border);
  const lineage = new Map(
    deriveLineage(own.boundaries.areas, today.boundaries.areas, source.year, {
      former: own.file,
      current: today.file,
    }).map((l) => [l.code, l]),
  );
  const named =
    source.year === inputs.reference.year
      ? namedTypes(inputs.reference, rows, inputs.referencePath)
      : new Map<string, TypeSlug>();
  const inhabitants = rows.reduce((sum, r) => sum + r.inhabitants, 0);
  const national = figuresOf(inhabitants, addCounts(rows.map((r) => r.counts)));

  const municipalities = joined.map(({ row }): FormerMunicipality => {
    const geo = geography.get(row.code)!;
    const line = lineage.get(row.code)!;
    return {
      id: `${source.year}-${row.code}`,
      code: row.code,
      name: row.name,
      year: source.year,
      figures: figuresOf(row.inhabitants, row.counts, row.shares),
      geography: geo,
      typing: assignTypeAt(
        { ...row, file },
        { inhabitants: row.inhabitants, shares: row.shares, ...geo },
        { nationalShares: national.shares },
        named.get(row.code) ?? null,
      ),
      successor: line.successor,
      parts: line.parts.map((p) => ({ code: p.code, share: roundTo(p.share, 3) })),
    };
  });
  const partsOf = new Map<string, FormerMunicipality[]>();
  for (const m of municipalities) partsOf.set(m.successor, [...(partsOf.get(m.successor) ?? []), m]);
  return {
    year: source.year,
    file,
    municipalities,
    national,
    partsOf,
    report: {
      year: source.year,
      read: rows.length,
      skipped: statistics.skipped,
      joined: joined.length,
      mergedInto: partsOf.size,
      split: municipalities.filter(isSplit).length,
      inhabitantsIn: inhabitants,
      types: countPerType(municipalities.map((m) => m.typing.type)),
    },
  };
}
