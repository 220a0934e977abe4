import type { DraftMunicipality, OriginFigures, Report } from '../../src/lib/figures/dataset-schema.ts';
import { isSplit } from '../../src/lib/figures/history.ts';
import { addOriginCounts, originSharesOf } from '../../src/lib/figures/origin-groups.ts';
import { roundTo } from '../../src/lib/figures/round.ts';
import type { BoundaryYears } from './boundary-years.ts';
import { placeRows } from './place-rows.ts';
import type { Inputs, OriginYear } from './read-inputs.ts';
import type { Placed } from './output-files.ts';
import type { TodaysMap } from './todays-map.ts';

/** One municipality of a herkomstland year as it was, and the share of its area in today's municipality. */
interface OriginPart {
  code: string;
  name: string;
  figures: OriginFigures;
  share: number;
}

/** A year in CBS's herkomstland classification, placed on today's map: no types, only figures. */
export interface PlacedOriginYear {
  year: number;
  /** The statistics file, for messages about this year. */
  file: string;
  /** The country as a whole that year. */
  national: OriginFigures;
  /** Per code of today: the municipalities of this year counted in it. */
  partsOf: Map<string, OriginPart[]>;
  /** Every municipality of the year with the boundary year that placed it, for the run report. */
  placed: Placed[];
  /** What went in; inhabitantsOut is filled in once the year is summed onto today's map. */
  report: Omit<Report['years'][number], 'inhabitantsOut'>;
}

/**
 * Step 3 for a year in the herkomstland classification: places its municipalities on today's map
 * exactly as a year with the earlier groups (place-rows.ts), but types none of them: the WRR's
 * rules are defined on the Western/non-Western groups, which this classification does not have.
 */
export function placeOriginYear(
  statistics: OriginYear,
  inputs: Inputs,
  today: TodaysMap,
  boundaryYears: BoundaryYears,
): PlacedOriginYear {
  const { source, file, rows } = statistics;
  const placements = placeRows(statistics, boundaryYears, today, inputs.manifestPath);
  const inhabitants = rows.reduce((sum, r) => sum + r.inhabitants, 0);
  const counts = addOriginCounts(rows.map((r) => r.counts));
  const partsOf = new Map<string, OriginPart[]>();
  for (const { row, lineage } of placements) {
    const part = {
      code: row.code,
      name: row.name,
      figures: { inhabitants: row.inhabitants, counts: row.counts, shares: row.shares },
      share: roundTo(lineage.parts[0]!.share, 3),
    };
    partsOf.set(lineage.successor, [...(partsOf.get(lineage.successor) ?? []), part]);
  }
  const placedBy: Record<string, number> = {};
  for (const p of placements) placedBy[String(p.boundaries.year)] = (placedBy[String(p.boundaries.year)] ?? 0) + 1;
  return {
    year: source.year,
    file,
    national: { inhabitants, counts, shares: originSharesOf(counts, inhabitants) },
    partsOf,
    placed: placements.map((p) => ({
      year: source.year,
      code: p.row.code,
      name: p.row.name,
      boundaryYear: p.boundaries.year,
    })),
    report: {
      year: source.year,
      model: 'herkomstland',
      read: rows.length,
      skipped: statistics.skipped,
      joined: placements.length,
      placedBy,
      mergedInto: partsOf.size,
      split: placements.filter((p) => isSplit(p.lineage)).length,
      inhabitantsIn: inhabitants,
      types: {},
    },
  };
}

/**
 * A municipality of today in each herkomstland year: the sum of the municipalities counted in it.
 * One that already was what it is now, or is one earlier municipality under another code, keeps
 * its figures as published, so a whole percentage stays what CBS gave.
 */
export function originOfToday(code: string, years: readonly PlacedOriginYear[]): DraftMunicipality['origin'] {
  return Object.fromEntries(
    years.map((y) => {
      const parts = y.partsOf.get(code)!;
      const predecessors = parts.map((p) => ({ code: p.code, name: p.name, share: p.share }));
      if (parts.length === 1) return [String(y.year), { figures: parts[0]!.figures, predecessors }];
      const inhabitants = parts.reduce((sum, p) => sum + p.figures.inhabitants, 0);
      const counts = addOriginCounts(parts.map((p) => p.figures.counts));
      return [
        String(y.year),
        { figures: { inhabitants, counts, shares: originSharesOf(counts, inhabitants) }, predecessors },
      ];
    }),
  );
}
