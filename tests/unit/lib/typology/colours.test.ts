import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { TYPES, TYPE_SLUGS } from '../../../../src/lib/typology/wrr-types.ts';

// Colour vision deficiencies simulated with culori (Machado, Oliveira & Fernandes 2009, full severity).
const vision: [string, (c: Color) => Color][] = [
  ['normal vision', (c) => c],
  ['deuteranopia', filterDeficiencyDeuter(1)],
  ['protanopia', filterDeficiencyProt(1)],
  ['tritanopia', filterDeficiencyTrit(1)],
];
const difference = differenceCiede2000();
const pairs = TYPE_SLUGS.flatMap((a, i) => TYPE_SLUGS.slice(i + 1).map((b) => [a, b] as const));

describe('type colours stay distinguishable', () => {
  it.each(vision)('with %s: every pair differs by at least ΔE2000 10', (_, simulate) => {
    const smallest = Math.min(
      ...pairs.map(([a, b]) => difference(simulate(parse(TYPES[a].colour)!), simulate(parse(TYPES[b].colour)!))),
    );
    expect(smallest).toBeGreaterThanOrEqual(10);
  });
});
