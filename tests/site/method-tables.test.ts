import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Meta } from '../../src/lib/figures/dataset-schema.ts';
import { sensitivityGroups } from '../../src/lib/evidence/sensitivity-groups.ts';
import { builtHtml } from '../helpers/dist.ts';

const meta = JSON.parse(readFileSync('src/data/meta.json', 'utf8')) as Meta;
const { document } = parseHTML(builtHtml('/methode/'));

describe("the method page's tables", () => {
  it('give per threshold how many municipalities change type, in the groups and order the pipeline counted', () => {
    const table = document.querySelector('table.sensitivity')!;
    const groups = sensitivityGroups(meta.years);
    const headers = [...table.querySelectorAll('thead tr:nth-child(2) th')].map((th) => th.textContent.trim());
    expect(headers).toEqual([...groups, ...groups].map((g) => g.label));
    // The first number in a row is the step; then one lower, then one higher, per group.
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td.number')].slice(1).map((td) => Number(td.textContent)),
    );
    expect(cells).toEqual(
      meta.typology.sensitivity.map((row) => [
        ...groups.map((g) => row.down[g.key]),
        ...groups.map((g) => row.up[g.key]),
      ]),
    );
  });
});

describe('how well the types separate', () => {
  it('gives inhabitants as whole people, the median of an even count included', () => {
    const figures = [...document.querySelector('#spreiding')!.closest('section')!.querySelectorAll('figure')];
    const figure = figures.find((f) => f.querySelector('figcaption strong')?.textContent.startsWith('Inwoners'))!;
    const cells = [...figure.querySelectorAll('tbody td.number')].map((td) => td.textContent.trim());
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).toMatch(/^(\d{1,3}(\.\d{3})*|–)$/);
  });
});
