import type { FormerMunicipality, Meta, Municipality } from '../../src/lib/figures/dataset-schema.ts';
import { gzipSize } from '../site/gzip-size.ts';
import { mapGeometry } from './map-geometry.ts';
import type { TodaysMap } from './todays-map.ts';

/** Output file names, relative to the output directory. */
export const OUTPUTS = {
  municipalities: 'municipalities.json',
  former: 'former-municipalities.json',
  meta: 'meta.json',
  map: 'map.topo.json',
} as const;

/** A municipality of a statistics year and the year of the boundaries that placed it on today's map. */
export interface Placed {
  year: number;
  code: string;
  name: string;
  boundaryYear: number;
}

/** The generated files (name → content), the dataset's meta data, the former municipalities as written and the map file's size. */
export interface PipelineResult {
  files: Record<string, string>;
  meta: Meta;
  /** The former municipalities in the order of their file (by year and code), for the run report. */
  former: readonly FormerMunicipality[];
  /** Every municipality of every statistics year (of either origin model) and the boundaries that placed it, for the run report. */
  placed: readonly Placed[];
  mapBytes: { raw: number; gzip: number };
}

/**
 * Step 9, output: the dataset as files, in a stable order and layout (reviewers diff them and the
 * snapshot tests compare them), with today's map geometry for the site.
 */
export function outputFiles(
  municipalities: readonly Municipality[],
  former: readonly FormerMunicipality[],
  meta: Meta,
  today: TodaysMap,
  /** The municipalities of the years without former municipalities of their own (herkomstland), as placed. */
  originPlaced: readonly Placed[] = [],
): PipelineResult {
  const map = JSON.stringify(mapGeometry(today.boundaries));
  const sorted = [...former].sort((a, b) => a.year - b.year || a.code.localeCompare(b.code));
  return {
    files: {
      [OUTPUTS.municipalities]: json(municipalities),
      [OUTPUTS.former]: json(sorted),
      [OUTPUTS.meta]: json(meta),
      [OUTPUTS.map]: map,
    },
    meta,
    former: sorted,
    placed: [
      ...sorted.map(({ year, code, name, boundaryYear }) => ({ year, code, name, boundaryYear })),
      ...originPlaced,
    ],
    mapBytes: { raw: Buffer.byteLength(map), gzip: gzipSize(map) },
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}
