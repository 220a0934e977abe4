import type { Geography } from '../../src/lib/figures/dataset-schema.ts';
import { geographyOf } from './geography.ts';
import { InputError } from '../../src/lib/checks/input-error.ts';
import { divideOver } from './overlap.ts';
import type { Point } from './planar.ts';
import type { Inputs, ReadBoundaries } from './read-inputs.ts';
import { currentBoundaries, provinceBoundaries } from './sources.ts';

/** Today's municipalities: their boundaries, geography and province. */
export interface TodaysMap extends ReadBoundaries {
  geography: Map<string, Geography>;
  provinceOf: Map<string, { code: string; name: string }>;
}

/**
 * Step 2, today's map: the newest municipality boundaries, each municipality's geography, and
 * the province that holds most of its area (measured inside it, as generalised boundaries of the
 * two files do not coincide exactly).
 */
export function todaysMap(inputs: Inputs, border: Point[][]): TodaysMap {
  const today = inputs.boundaries.get(currentBoundaries(inputs.manifest).id)!;
  const provinces = inputs.boundaries.get(provinceBoundaries(inputs.manifest).id)!.boundaries.areas;
  const provinceNames = new Map(provinces.map((a) => [a.properties.code, a.properties.name]));
  const provinceOf = new Map(
    [...divideOver(today.boundaries.areas, provinces)].map(([code, shares]) => {
      const main = shares[0];
      if (!main) throw new InputError(today.file, `${code} lies in none of the provinces`);
      return [code, { code: main.code, name: provinceNames.get(main.code)! }];
    }),
  );
  return { ...today, geography: geographyOf(today.boundaries, border), provinceOf };
}
