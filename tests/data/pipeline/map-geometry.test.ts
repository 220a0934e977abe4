import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapAreas, mapGeometry } from '../../../scripts/pipeline/map-geometry.ts';
import { municipalityShapes } from '../../../src/lib/map/map-file.ts';
import { planarArea, toPlanar } from '../../../scripts/pipeline/planar.ts';
import { readBoundaries } from '../../../scripts/pipeline/read-boundaries.ts';
import { REAL_DATA_DIR } from '../../helpers/fixture.ts';

describe("map geometry of today's municipalities", () => {
  const file = join(REAL_DATA_DIR, 'geo/gemeente_2026.topojson');
  const boundaries = readBoundaries(readFileSync(file, 'utf8'), file, 'gemeente');
  const topology = mapGeometry(boundaries);
  const simplified = mapAreas(topology);
  const original = new Map(boundaries.areas.map((a) => [a.properties.code, planarArea(toPlanar(a.geometry))]));
  const codeOf = (name: string) => boundaries.areas.find((a) => a.properties.name === name)!.properties.code;

  it('keeps one shape per municipality, identified by its code only', () => {
    const geometries = municipalityShapes(topology).geometries;
    expect(geometries.map((g) => g.id).sort()).toEqual([...original.keys()].sort());
    expect(geometries.every((g) => g.properties === undefined)).toBe(true);
  });

  it.each(['Rozendaal', 'Renswoude', 'Vlieland', 'Schiermonnikoog', 'Ameland', 'Terschelling', 'Texel'])(
    '%s keeps its area within 5%%',
    (name) => {
      const code = codeOf(name);
      expect(simplified.get(code)! / original.get(code)!).toBeCloseTo(1, 1);
      expect(Math.abs(simplified.get(code)! / original.get(code)! - 1)).toBeLessThan(0.05);
    },
  );

  it('no municipality loses more than 5% of its area', () => {
    const worst = Math.max(...[...original].map(([code, area]) => Math.abs(simplified.get(code)! / area - 1)));
    expect(worst).toBeLessThan(0.05);
  });
});
