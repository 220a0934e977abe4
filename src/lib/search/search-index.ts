import { compareNames, normalizeName } from '../words/names.ts';
import type { SearchEntry, SearchIndex } from './search.ts';

/** What the search file needs of a municipality. */
export type IndexedMunicipality = Pick<SearchEntry, 'code' | 'name' | 'aliases'>;

/**
 * The search file's content: each municipality with its other names and the towns placed in it.
 * A town that bears the municipality's own name or one of its other names adds nothing and is left
 * out (Zwolle in Zwolle), as is a second town of the same name; the rest sort as Dutch readers expect.
 */
export function searchIndex(
  municipalities: readonly IndexedMunicipality[],
  townsByCode: ReadonlyMap<string, readonly string[]>,
): SearchIndex {
  return {
    municipalities: municipalities.map(({ code, name, aliases }) => {
      const known = new Set([name, ...aliases].map(normalizeName));
      const places: string[] = [];
      for (const town of townsByCode.get(code) ?? []) {
        const key = normalizeName(town);
        if (known.has(key)) continue;
        known.add(key);
        places.push(town);
      }
      places.sort(compareNames);
      return places.length > 0 ? { code, name, aliases, places } : { code, name, aliases };
    }),
  };
}
