import { join } from 'node:path';
import { z } from 'zod';
import { municipalityCodeExpected, type NamedCode } from '../../src/lib/checks/field-errors.ts';
import { InputError } from '../../src/lib/checks/input-error.ts';
import type { PipelineInputs } from './inputs.ts';
import { readBoundaries, type Boundaries } from './read-boundaries.ts';
import { readVerified } from './checked-file.ts';
import { readJson } from './read-json.ts';
import { readYearStatistics, type OriginRow, type OtherRegion, type StatisticsRow } from './read-statistics.ts';
import { readReferenceList, type ReferenceList } from './reference.ts';
import {
  currentBoundaries,
  readManifest,
  type BoundariesSource,
  type Manifest,
  type Source,
  type StatisticsSource,
} from './sources.ts';

/** One statistics file as read: its manifest entry, where it is, its origin model and its rows. */
export type YearStatistics = {
  source: StatisticsSource;
  file: string;
  /** Rows of other regions the file holds (districts, the country, …), passed over. */
  skipped: Record<OtherRegion, number>;
} & ({ model: 'migratieachtergrond'; rows: StatisticsRow[] } | { model: 'herkomstland'; rows: OriginRow[] });

/** A year with the Western/non-Western groups: the one the WRR's types are derived from. */
export type BackgroundYear = Extract<YearStatistics, { model: 'migratieachtergrond' }>;
/** A year with the herkomstland groups. */
export type OriginYear = Extract<YearStatistics, { model: 'herkomstland' }>;

/** One boundary file as read. */
export interface ReadBoundaries {
  source: BoundariesSource;
  file: string;
  boundaries: Boundaries;
}

/** Every input, read and checked on its own (how they fit together is checked by later steps). */
export interface Inputs {
  manifest: Manifest;
  manifestPath: string;
  /** Boundary files by manifest id. */
  boundaries: Map<string, ReadBoundaries>;
  /** Statistics files, oldest year first. */
  statistics: YearStatistics[];
  reference: ReferenceList;
  referencePath: string;
  /** Other names people use, by today's code. */
  aliases: Map<string, string[]>;
}

const aliasesSchema = z.object({ aliases: z.record(z.string().regex(/^GM\d{4}$/), z.array(z.string().min(1)).min(1)) });

/**
 * Step 1, read: the manifest, every boundary and statistics file it lists (each checked against
 * its checksum, decoded as UTF-8 and parsed), the WRR reference list and the alias table.
 */
export async function readInputs(inputs: PipelineInputs): Promise<Inputs> {
  const manifest = await readManifest(inputs.manifestPath);
  const pathOf = (source: Source) => join(inputs.dataDir, source.file);
  const read = (source: Source) => readVerified(pathOf(source), source, inputs.manifestPath);

  const boundaries = new Map<string, ReadBoundaries>();
  for (const source of manifest.boundaries) {
    const file = pathOf(source);
    boundaries.set(source.id, { source, file, boundaries: readBoundaries(await read(source), file, source.level) });
  }
  const statistics: YearStatistics[] = [];
  for (const source of [...manifest.statistics].sort((a, b) => a.year - b.year)) {
    const file = pathOf(source);
    statistics.push({ source, file, ...readYearStatistics(await read(source), source, file) });
  }
  const reference = await readReferenceList(inputs.referencePath);
  if (!statistics.some((s) => s.source.year === reference.year && s.model === 'migratieachtergrond')) {
    throw new InputError(
      inputs.referencePath,
      `year ${reference.year} has no statistics with the Western/non-Western groups in ${inputs.manifestPath}`,
    );
  }
  const today = boundaries.get(currentBoundaries(manifest).id)!.boundaries;
  const aliases = await readAliases(
    inputs.aliasesPath,
    today.areas.map((a) => a.properties),
  );
  return {
    manifest,
    manifestPath: inputs.manifestPath,
    boundaries,
    statistics,
    reference,
    referencePath: inputs.referencePath,
    aliases,
  };
}

/** Reads the alias table and checks that every code exists today. */
async function readAliases(path: string, today: readonly NamedCode[]): Promise<Map<string, string[]>> {
  const { aliases } = await readJson(aliasesSchema, path);
  for (const code of Object.keys(aliases)) {
    if (!today.some((m) => m.code === code)) {
      throw new InputError(
        path,
        `alias for ${code}, which is not one of today's municipalities; expected ${municipalityCodeExpected(code, today)}`,
      );
    }
  }
  return new Map(Object.entries(aliases));
}
