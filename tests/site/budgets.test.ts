import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/site/budgets.ts';
import { gzipSize } from '../../scripts/site/gzip-size.ts';
import { gzipTotal, pageWeight } from '../../scripts/site/page-weight.ts';
import { builtPages, DIST } from '../helpers/dist.ts';

describe('size budgets (gzipped)', () => {
  it.each<[string, string, number]>([
    ['home page', '/', BUDGETS.home],
    ['embed', '/embed/', BUDGETS.embed],
    ['table', '/tabel/', BUDGETS.table],
  ])('%s stays within budget, JavaScript included', (_, path, budget) => {
    const resources = pageWeight(DIST, path);
    expect(gzipTotal(resources)).toBeLessThanOrEqual(budget);
    expect(gzipTotal(resources, 'js')).toBeLessThanOrEqual(BUDGETS.javascript);
  });

  it('every municipality page stays within budget', () => {
    const heaviest = Math.max(
      ...builtPages()
        .filter((p) => p.startsWith('/gemeente/'))
        .map((p) => gzipTotal(pageWeight(DIST, p))),
    );
    expect(heaviest).toBeLessThanOrEqual(BUDGETS.municipality);
  });

  it('no page loads more JavaScript than the budget', () => {
    const heaviest = Math.max(...builtPages().map((p) => gzipTotal(pageWeight(DIST, p), 'js')));
    expect(heaviest).toBeLessThanOrEqual(BUDGETS.javascript);
  });

  it('the map geometry file stays within budget', () => {
    expect(gzipSize(readFileSync(join(DIST, 'data/gemeenten.topo.json')))).toBeLessThanOrEqual(BUDGETS.mapGeometry);
  });
});
