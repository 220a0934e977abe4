import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCsv } from '../../src/lib/downloads.ts';
import { axeViolations, errorsOf, launch, open, url } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('the research table', () => {
  it('filters, sorts, keeps the state in the URL and downloads what it shows', async () => {
    const page = await open(browser, '/tabel/');
    await page.waitForSelector('research-table[data-ready]');
    await page.getByRole('checkbox', { name: 'Expatgemeente' }).check();
    await page.getByRole('checkbox', { name: 'Grensgemeente' }).check();
    await page.locator('input[name="migratie-van"]').fill('20');
    const rows = page.locator('table.research tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThan(60);
    expect(await page.locator('[data-count]').textContent()).toBe(`${count} van de 342 gemeenten`);
    const types2022 = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[3]!.textContent));
    expect(types2022.every((t) => /Expatgemeente|Grensgemeente/.test(t))).toBe(true);

    await page.getByRole('button', { name: 'Inwoners' }).click();
    await page.getByRole('button', { name: 'Inwoners' }).click();
    expect(await page.locator('th[data-column="inwoners"]').getAttribute('aria-sort')).toBe('descending');
    const inhabitants = await rows.evaluateAll((trs) =>
      trs.map((tr) => Number(tr.children[4]!.textContent.replaceAll('.', ''))),
    );
    expect(inhabitants).toEqual([...inhabitants].sort((a, b) => b - a));

    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      type: 'expat,grens',
      migratie: '20-',
      sorteer: 'inwoners',
      volgorde: 'aflopend',
    });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download deze selectie (CSV)' }).click(),
    ]);
    const csv = fromCsv(await readFile(await download.path(), 'utf8'));
    expect(csv.map((r) => r['gemeentenaam'])).toHaveLength(count);
    expect(csv.every((r) => r['jaar'] === 2022 && (r['type'] === 'expat' || r['type'] === 'grens'))).toBe(true);

    // The shared URL restores the same view.
    const shared = await open(browser, `/tabel/?${params.toString()}`);
    await shared.waitForSelector('research-table[data-ready]');
    expect(await shared.locator('table.research tbody tr').count()).toBe(count);
    expect(await shared.getByRole('checkbox', { name: 'Grensgemeente' }).isChecked()).toBe(true);
    expect(errorsOf(page)).toEqual([]);
  });

  it('is a plain table of all municipalities without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/tabel/'));
    expect(await page.locator('table.research tbody tr').count()).toBe(342);
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    await context.close();
  });

  it('has no accessibility violations', async () => {
    const page = await open(browser, '/tabel/');
    await page.waitForSelector('research-table[data-ready]');
    expect(await axeViolations(page)).toEqual([]);
  });
});
