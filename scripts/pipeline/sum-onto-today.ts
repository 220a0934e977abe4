import type { DraftMunicipality } from '../../src/lib/figures/dataset-schema.ts';
import { addCounts, figuresOf } from '../../src/lib/figures/migration-groups.ts';
import { typeMunicipality } from './type-municipality.ts';
import { originOfToday, type PlacedOriginYear } from './origin-year.ts';
import type { NamedType } from './reference.ts';
import type { TodaysMap } from './todays-map.ts';
import type { TypedYear } from './type-year.ts';

/**
 * Step 4, today's municipalities: per year the sum of the municipalities counted in each, typed
 * as a whole with today's geography (a year in the herkomstland classification only summed, see
 * origin-year.ts); the type a source names carries over only to a municipality
 * that continues under the same code. A municipality that already was what it is now (one part,
 * the same code) keeps its own figures and type of that year. Former names and aliases become the
 * names it is searched by.
 */
export function sumOntoToday(
  today: TodaysMap,
  years: readonly TypedYear[],
  originYears: readonly PlacedOriginYear[],
  aliases: Map<string, string[]>,
): DraftMunicipality[] {
  return today.boundaries.areas
    .map((area): DraftMunicipality => {
      const { code, name } = area.properties;
      const geography = today.geography.get(code)!;
      const entries = years.map((y): [string, DraftMunicipality['years'][string]] => {
        const parts = y.partsOf.get(code)!;
        const predecessors = parts.map((p) => ({ code: p.code, name: p.name, share: p.parts[0]!.share }));
        // A municipality that already was what it is now keeps its figures and type of that year,
        // as it was: one type per municipality and year, whichever way it is looked up.
        const own = parts.length === 1 && parts[0]!.code === code ? parts[0]! : undefined;
        if (own) return [String(y.year), { figures: own.figures, typing: own.typing, predecessors }];
        const inhabitants = parts.reduce((sum, p) => sum + p.figures.inhabitants, 0);
        // One municipality (under another code) keeps its figures as published: shares rebuilt from
        // rounded counts would move a whole percentage such as 90% off its threshold and change its type.
        const counts = addCounts(parts.map((p) => p.figures.counts));
        const figures = figuresOf(inhabitants, counts, parts.length === 1 ? parts[0]!.figures.shares : undefined);
        const typing = typeMunicipality(
          { code, name, file: today.file },
          { inhabitants, shares: figures.shares, ...geography },
          { nationalShares: y.national.shares },
          namedOf(parts.find((p) => p.code === code)?.typing),
        );
        return [String(y.year), { figures, typing, predecessors }];
      });
      const origin = originOfToday(code, originYears);
      const formerNames = [...entries.map(([, y]) => y), ...Object.values(origin)].flatMap((y) =>
        y.predecessors.map((p) => p.name),
      );
      const otherNames = [...new Set([...(aliases.get(code) ?? []), ...formerNames])].filter((n) => n !== name);
      return {
        id: code,
        code,
        name,
        province: today.provinceOf.get(code)!,
        geography,
        years: Object.fromEntries(entries),
        origin,
        aliases: otherNames.sort((a, b) => a.localeCompare(b, 'nl')),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The named type of a municipality that continues under the same code, with who names it. */
function namedOf(typing: DraftMunicipality['years'][string]['typing'] | undefined): NamedType | null {
  return typing?.named && typing.namedBy ? { type: typing.named, by: typing.namedBy } : null;
}
