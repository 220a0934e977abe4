import type { DraftFormerMunicipality, Figures, Report } from '../../src/lib/figures/dataset-schema.ts';
import { isSplit } from '../../src/lib/figures/history.ts';
import { addCounts, figuresOf } from '../../src/lib/figures/migration-groups.ts';
import { countPerType } from '../../src/lib/typology/per-type.ts';
import { roundTo } from '../../src/lib/figures/round.ts';
import { typeMunicipality } from './type-municipality.ts';
import type { BoundaryYears } from './boundary-years.ts';
import { placeRows } from './place-rows.ts';
import type { BackgroundYear, Inputs } from './read-inputs.ts';
import { namedTypes, type NamedType } from './reference.ts';
import type { TodaysMap } from './todays-map.ts';

/** One statistics year, typed: every municipality as it was, grouped by today's municipality. */
export interface TypedYear {
  year: number;
  /** The statistics file, for messages about this year. */
  file: string;
  municipalities: DraftFormerMunicipality[];
  /** The country as a whole that year. */
  national: Figures;
  /** Per code of today: the municipalities of this year counted in it. */
  partsOf: Map<string, DraftFormerMunicipality[]>;
  /** What went in; inhabitantsOut is filled in once the year is summed onto today's map. */
  report: Omit<Report['years'][number], 'inhabitantsOut'>;
}

/**
 * Step 3, one year: places its municipalities on today's map (with the year's own boundaries, or
 * by code), takes their geography from the boundaries that place them, and types each one (with
 * the WRR's type where it names it).
 */
export function typeYear(
  statistics: BackgroundYear,
  inputs: Inputs,
  today: TodaysMap,
  boundaryYears: BoundaryYears,
): TypedYear {
  const { source, file, rows } = statistics;
  const placements = placeRows(statistics, boundaryYears, today, inputs.manifestPath);
  const named =
    source.year === inputs.reference.year
      ? namedTypes(inputs.reference, rows, inputs.referencePath)
      : new Map<string, NamedType>();
  const inhabitants = rows.reduce((sum, r) => sum + r.inhabitants, 0);
  const national = figuresOf(inhabitants, addCounts(rows.map((r) => r.counts)));

  const municipalities = placements.map(
    ({ row, geography: geo, lineage: line, boundaries }): DraftFormerMunicipality => {
      return {
        id: `${source.year}-${row.code}`,
        code: row.code,
        name: row.name,
        year: source.year,
        figures: figuresOf(row.inhabitants, row.counts, row.shares),
        geography: geo,
        typing: typeMunicipality(
          { ...row, file },
          { inhabitants: row.inhabitants, shares: row.shares, ...geo },
          { nationalShares: national.shares },
          named.get(row.code) ?? null,
        ),
        successor: line.successor,
        boundaryYear: boundaries.year,
        parts: line.parts.map((p) => ({ code: p.code, share: roundTo(p.share, 3) })),
      };
    },
  );
  const partsOf = new Map<string, DraftFormerMunicipality[]>();
  for (const m of municipalities) partsOf.set(m.successor, [...(partsOf.get(m.successor) ?? []), m]);
  return {
    year: source.year,
    file,
    municipalities,
    national,
    partsOf,
    report: {
      year: source.year,
      model: 'migratieachtergrond',
      read: rows.length,
      skipped: statistics.skipped,
      joined: placements.length,
      placedBy: countBy(placements.map((p) => String(p.boundaries.year))),
      mergedInto: partsOf.size,
      split: municipalities.filter(isSplit).length,
      inhabitantsIn: inhabitants,
      types: countPerType(municipalities.map((m) => m.typing.type)),
    },
  };
}

function countBy(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
