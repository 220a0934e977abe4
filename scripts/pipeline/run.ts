import { z } from 'zod';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FormerMunicipality, Meta, Municipality, Report } from '../../src/lib/dataset.ts';
import { isSplit } from '../../src/lib/lineage.ts';
import { roundTo } from '../../src/lib/round.ts';
import { addCounts, figuresOf } from '../../src/lib/origin.ts';
import { TYPE_SLUGS, type TypeSlug } from '../../src/lib/typology.ts';
import { agreementOf } from './agreement.ts';
import { geographyOf, naturalEarthBorder } from './geography.ts';
import { InputError } from './input-error.ts';
import { readVerified } from './read-input.ts';
import { readJson } from './read-json.ts';
import { joinToBoundaries } from './join.ts';
import { deriveLineage } from './lineage.ts';
import { mapGeometry } from './map-geometry.ts';
import { divideOver } from './overlap.ts';
import { typeMunicipality } from './type-municipality.ts';
import { readBoundaries, type Boundaries } from './read-boundaries.ts';
import { readStatistics } from './read-statistics.ts';
import { namedTypes, readReferenceList } from './reference.ts';
import { boundariesOf, currentBoundaries, provinceBoundaries, readManifest, type Source } from './sources.ts';

/** Where the pipeline reads from. */
export interface PipelineInputs {
  manifestPath: string;
  /** The directory the manifest's file names are relative to. */
  dataDir: string;
  referencePath: string;
  aliasesPath: string;
}

/** The project's own inputs: the manifest, the shipped CBS and Kadaster files, the reference list and aliases. */
export const PROJECT_INPUTS: PipelineInputs = {
  manifestPath: 'data/sources.json',
  dataDir: 'data/sources',
  referencePath: 'data/wrr-reference.json',
  aliasesPath: 'data/aliases.json',
};

/** The generated files (name → content) and the run's report. */
export interface PipelineResult {
  files: Record<string, string>;
  meta: Meta;
  mapBytes: { raw: number; gzip: number };
}

/** Output file names, relative to the output directory. */
export const OUTPUTS = {
  municipalities: 'municipalities.json',
  former: 'former-municipalities.json',
  meta: 'meta.json',
  map: 'map.topo.json',
} as const;

/**
 * Runs the whole pipeline in memory: read and check every input, join statistics to boundaries,
 * derive geography, lineage and provinces, type every municipality of every year and of today,
 * and return the output files. Throws an InputError on the first bad input; writes nothing.
 */
export async function runPipeline(inputs: PipelineInputs): Promise<PipelineResult> {
  const manifest = await readManifest(inputs.manifestPath);
  const pathOf = (source: Source) => join(inputs.dataDir, source.file);
  const readSource = (source: Source) => readVerified(pathOf(source), source, inputs.manifestPath);

  const boundaries = new Map<string, Boundaries>();
  for (const source of manifest.boundaries) {
    boundaries.set(source.id, readBoundaries(await readSource(source), pathOf(source), source.level));
  }
  const currentSource = currentBoundaries(manifest);
  const current = boundaries.get(currentSource.id)!;
  const provinces = boundaries.get(provinceBoundaries(manifest).id)!;
  const coarseBorder = await naturalEarthBorder();
  const currentGeography = geographyOf(current, coarseBorder);
  const provinceNames = new Map(provinces.areas.map((a) => [a.properties.code, a.properties.name]));
  const provinceOf = new Map(
    [...divideOver(current.areas, provinces.areas)].map(([code, shares]) => {
      const main = shares[0];
      if (!main) throw new InputError(pathOf(currentSource), `${code} lies in none of the provinces`);
      return [code, { code: main.code, name: provinceNames.get(main.code)! }];
    }),
  );

  const reference = await readReferenceList(inputs.referencePath);
  const statistics = [...manifest.statistics].sort((a, b) => a.year - b.year);
  if (!statistics.some((s) => s.year === reference.year)) {
    throw new InputError(inputs.referencePath, `year ${reference.year} has no statistics in ${inputs.manifestPath}`);
  }

  const former: FormerMunicipality[] = [];
  const national: Meta['national'] = {};
  const reportYears: Report['years'] = [];
  // Per year, per current code: the former municipalities counted in it.
  const partsOf = new Map<number, Map<string, FormerMunicipality[]>>();
  for (const source of statistics) {
    const geoSource = boundariesOf(manifest, source);
    const files = { statistics: pathOf(source), boundaries: pathOf(geoSource) };
    const rows = readStatistics(await readSource(source), source, files.statistics);
    const yearBoundaries = boundaries.get(geoSource.id)!;
    const joined = joinToBoundaries(rows, yearBoundaries.areas, files);
    const geography = geographyOf(yearBoundaries, coarseBorder);
    const lineage = new Map(
      deriveLineage(yearBoundaries.areas, current.areas, source.year, {
        former: files.boundaries,
        current: pathOf(currentSource),
      }).map((l) => [l.code, l]),
    );
    const named =
      source.year === reference.year ? namedTypes(reference, rows, inputs.referencePath) : new Map<string, TypeSlug>();
    const inhabitants = rows.reduce((sum, r) => sum + r.inhabitants, 0);
    const nationalFigures = figuresOf(inhabitants, addCounts(rows.map((r) => r.counts)));
    national[String(source.year)] = nationalFigures;
    const context = { nationalShares: nationalFigures.shares };

    const records = joined.map(({ row }): FormerMunicipality => {
      const geo = geography.get(row.code)!;
      const line = lineage.get(row.code)!;
      return {
        id: `${source.year}-${row.code}`,
        code: row.code,
        name: row.name,
        year: source.year,
        figures: figuresOf(row.inhabitants, row.counts, row.shares),
        geography: geo,
        typing: typeMunicipality(
          { ...row, file: files.statistics },
          { inhabitants: row.inhabitants, shares: row.shares, ...geo },
          context,
          named.get(row.code) ?? null,
        ),
        successor: line.successor,
        parts: line.parts.map((p) => ({ code: p.code, share: roundTo(p.share, 3) })),
      };
    });
    former.push(...records);
    const byCurrent = new Map<string, FormerMunicipality[]>();
    for (const record of records) byCurrent.set(record.successor, [...(byCurrent.get(record.successor) ?? []), record]);
    partsOf.set(source.year, byCurrent);
    reportYears.push({
      year: source.year,
      read: rows.length,
      joined: joined.length,
      mergedInto: byCurrent.size,
      split: records.filter(isSplit).length,
      inhabitantsIn: inhabitants,
      inhabitantsOut: 0, // filled in below from today's municipalities
      types: countTypes(records.map((r) => r.typing.type)),
    });
  }

  const aliases = await readAliases(inputs.aliasesPath, new Set(current.areas.map((a) => a.properties.code)));
  const municipalities: Municipality[] = current.areas
    .map((area): Municipality => {
      const code = area.properties.code;
      const geography = currentGeography.get(code)!;
      const years: Municipality['years'] = {};
      for (const source of statistics) {
        const parts = partsOf.get(source.year)!.get(code)!;
        const inhabitants = parts.reduce((sum, p) => sum + p.figures.inhabitants, 0);
        const figures = figuresOf(inhabitants, addCounts(parts.map((p) => p.figures.counts)));
        // The WRR's naming carries over only to the municipality that continues under the same code.
        const named = parts.find((p) => p.code === code)?.typing.named ?? null;
        const context = { nationalShares: national[String(source.year)]!.shares };
        years[String(source.year)] = {
          figures,
          typing: typeMunicipality(
            { code, name: area.properties.name, file: pathOf(currentSource) },
            { inhabitants, shares: figures.shares, ...geography },
            context,
            named,
          ),
          predecessors: parts.map((p) => ({ code: p.code, name: p.name, share: p.parts[0]!.share })),
        };
      }
      const formerNames = Object.values(years).flatMap((y) => y.predecessors.map((p) => p.name));
      const otherNames = [...new Set([...(aliases.get(code) ?? []), ...formerNames])].filter(
        (n) => n !== area.properties.name,
      );
      return {
        id: code,
        code,
        name: area.properties.name,
        province: provinceOf.get(code)!,
        geography,
        years,
        aliases: otherNames.sort((a, b) => a.localeCompare(b, 'nl')),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));

  for (const entry of reportYears) {
    entry.inhabitantsOut = municipalities.reduce((sum, m) => sum + m.years[String(entry.year)]!.figures.inhabitants, 0);
    if (entry.inhabitantsOut !== entry.inhabitantsIn) {
      throw new Error(
        `${entry.year}: ${entry.inhabitantsIn} inhabitants read but ${entry.inhabitantsOut} on today's map`,
      );
    }
  }
  const provinceCounts: Record<string, number> = {};
  for (const m of municipalities) provinceCounts[m.province.name] = (provinceCounts[m.province.name] ?? 0) + 1;

  const meta: Meta = {
    years: statistics.map((s) => s.year),
    currentYear: currentSource.year,
    reference: { year: reference.year, document: reference.document },
    national,
    attribution: manifest.attribution,
    sources: [...manifest.statistics, ...manifest.boundaries].map((s) => ({
      id: s.id,
      dataset: s.dataset,
      year: s.year,
      url: s.url,
      page: s.page,
      licence: s.licence,
      ...('unit' in s ? { unit: s.unit, referenceDate: s.referenceDate } : {}),
    })),
    report: {
      years: reportYears,
      current: { year: currentSource.year, municipalities: municipalities.length, provinces: provinceCounts },
    },
    agreement: agreementOf(former, reference.year),
  };
  const map = JSON.stringify(mapGeometry(current));
  former.sort((a, b) => a.year - b.year || a.code.localeCompare(b.code));
  return {
    files: {
      [OUTPUTS.municipalities]: json(municipalities),
      [OUTPUTS.former]: json(former),
      [OUTPUTS.meta]: json(meta),
      [OUTPUTS.map]: map,
    },
    meta,
    mapBytes: { raw: Buffer.byteLength(map), gzip: gzipSync(map).length },
  };
}

const aliasesSchema = z.object({ aliases: z.record(z.string().regex(/^GM\d{4}$/), z.array(z.string().min(1)).min(1)) });

/** Reads the alias table and checks that every code exists today. */
async function readAliases(path: string, codes: Set<string>): Promise<Map<string, string[]>> {
  const { aliases } = await readJson(aliasesSchema, path);
  for (const code of Object.keys(aliases)) {
    if (!codes.has(code)) throw new InputError(path, `alias for ${code}, which is not one of today's municipalities`);
  }
  return new Map(Object.entries(aliases));
}

function countTypes(types: TypeSlug[]): Record<TypeSlug, number> {
  return Object.fromEntries(TYPE_SLUGS.map((t) => [t, types.filter((x) => x === t).length])) as Record<
    TypeSlug,
    number
  >;
}

// Stable, readable output: reviewers diff it, and snapshot tests compare it.
function json(value: unknown): string {
  return `${JSON.stringify(value, null, 1)}\n`;
}
