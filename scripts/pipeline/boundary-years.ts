import type { Geography } from '../../src/lib/figures/dataset-schema.ts';
import { geographyOf } from './geography.ts';
import { deriveLineage, type Lineage } from './lineage.ts';
import type { Point } from './planar.ts';
import type { Area } from './read-boundaries.ts';
import type { Inputs } from './read-inputs.ts';
import type { TodaysMap } from './todays-map.ts';

/** One municipality boundary file on today's map: per code its area, geography and where it lies today. */
export interface PlacedBoundaries {
  year: number;
  file: string;
  areas: Map<string, Area>;
  geography: Map<string, Geography>;
  lineage: Map<string, Lineage>;
}

/** The municipality boundary files of the manifest, oldest first, each placed on today's map when first asked for. */
export interface BoundaryYears {
  /** The manifest ids of the municipality boundary files, oldest first. */
  ids: string[];
  get(id: string): PlacedBoundaries;
}

/**
 * Every municipality boundary file, placed on today's map once and only when a statistics year
 * needs it: its own year's, or (for a year without boundaries) every file that has one of its codes.
 */
export function boundaryYears(inputs: Inputs, today: TodaysMap, border: Point[][]): BoundaryYears {
  const files = [...inputs.boundaries.values()]
    .filter((b) => b.source.level === 'gemeente')
    .sort((a, b) => a.source.year - b.source.year);
  const cache = new Map<string, PlacedBoundaries>();
  const place = (id: string): PlacedBoundaries => {
    const { source, file, boundaries } = inputs.boundaries.get(id)!;
    const isToday = file === today.file;
    // Today's file lies on itself: every code is its own successor, whole.
    const lineage = isToday
      ? boundaries.areas.map(({ properties: { code, name } }) => ({
          code,
          name,
          year: source.year,
          successor: code,
          parts: [{ code, share: 1 }],
        }))
      : deriveLineage(boundaries.areas, today.boundaries.areas, source.year, { former: file, current: today.file });
    return {
      year: source.year,
      file,
      areas: new Map(boundaries.areas.map((a) => [a.properties.code, a])),
      geography: isToday ? today.geography : geographyOf(boundaries, border),
      lineage: new Map(lineage.map((l) => [l.code, l])),
    };
  };
  return {
    ids: files.map((b) => b.source.id),
    get: (id) => cache.get(id) ?? cache.set(id, place(id)).get(id)!,
  };
}
