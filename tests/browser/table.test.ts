import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meta, Municipality } from '../../src/lib/dataset-schema.ts';
import { fromCsv } from '../../src/lib/download-rows.ts';
import { axeViolations, errorsOf, launch, open, url } from './browser.ts';

const meta = JSON.parse(await readFile('src/data/meta.json', 'utf8')) as Meta;
const today = JSON.parse(await readFile('src/data/municipalities.json', 'utf8')) as Municipality[];
const [first, latest] = [meta.years[0]!, meta.years.at(-1)!];
/** Where a column is, counted from the left, by its data-column name. */
const columnIndex = (page: Page, column: string) =>
  page.$$eval('table.research thead th', (ths, c) => ths.findIndex((th) => th.dataset['column'] === c), column);

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
    expect(await page.locator('[data-count]').textContent()).toBe(`${count} van de ${today.length} gemeenten`);
    const typeColumn = await columnIndex(page, `type-${latest}`);
    const typesLatest = await rows.evaluateAll((trs, i) => trs.map((tr) => tr.children[i]!.textContent), typeColumn);
    expect(typesLatest.every((t) => /Expatgemeente|Grensgemeente/.test(t))).toBe(true);

    await page.getByRole('button', { name: 'Inwoners' }).click();
    await page.getByRole('button', { name: 'Inwoners' }).click();
    expect(await page.locator('th[data-column="inwoners"]').getAttribute('aria-sort')).toBe('descending');
    const inhabitants = await rows.evaluateAll(
      (trs, i) => trs.map((tr) => Number(tr.children[i]!.textContent.replaceAll('.', ''))),
      await columnIndex(page, 'inwoners'),
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
    expect(csv.every((r) => r['jaar'] === latest && (r['type'] === 'expat' || r['type'] === 'grens'))).toBe(true);

    // The shared URL restores the same view.
    const shared = await open(browser, `/tabel/?${params.toString()}`);
    await shared.waitForSelector('research-table[data-ready]');
    expect(await shared.locator('table.research tbody tr').count()).toBe(count);
    expect(await shared.getByRole('checkbox', { name: 'Grensgemeente' }).isChecked()).toBe(true);
    expect(errorsOf(page)).toEqual([]);
  });

  it(`keeps the municipalities whose type changed between two chosen years`, async () => {
    const page = await open(browser, '/tabel/');
    await page.waitForSelector('research-table[data-ready]');
    await page.getByRole('checkbox', { name: 'Alleen gemeenten waarvan het type volgens de regels verschilt' }).check();
    const changed = (from: number, to: number) =>
      today.filter((m) => m.years[from]!.typing.derived !== m.years[to]!.typing.derived).length;
    const rows = page.locator('table.research tbody tr');
    await expect.poll(() => rows.count()).toBe(changed(first, latest));
    expect(new URL(page.url()).searchParams.get('veranderd')).toBe(`${first}-${latest}`);
    const middle = meta.years[1]!;
    await page.getByLabel('tussen').selectOption(String(middle));
    await expect.poll(() => rows.count()).toBe(changed(middle, latest));
    // Choosing the same year twice moves the other choice instead of quietly dropping the filter.
    await page.locator('select[name="veranderd-tot"]').selectOption(String(middle));
    expect(await page.locator('select[name="veranderd-van"]').inputValue()).toBe(String(latest));
    await expect.poll(() => rows.count()).toBe(changed(latest, middle));
  });

  it('fetches a year’s figures only when that year is shown', async () => {
    const page = await open(browser, '/tabel/');
    const files: string[] = [];
    page.on('request', (request) => files.push(new URL(request.url()).pathname));
    await page.reload();
    await page.waitForSelector('research-table[data-ready]');
    expect(files.filter((f) => f.startsWith('/data/tabel/'))).toEqual([`/data/tabel/${latest}.json`]);
    await page.getByRole('radio', { name: String(first) }).check();
    await page.getByLabel('Zoek op naam').fill('Amsterdam');
    const amsterdam = today.find((m) => m.code === 'GM0363')!;
    const cell = page
      .locator('table.research tbody tr')
      .first()
      .locator(`*:nth-child(${(await columnIndex(page, 'inwoners')) + 1})`);
    await expect
      .poll(() => cell.textContent())
      .toBe(amsterdam.years[first]!.figures.inhabitants.toLocaleString('nl-NL'));
    expect(files).toContain(`/data/tabel/${first}.json`);
  });

  it('is a plain table of all municipalities without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/tabel/'));
    expect(await page.locator('table.research tbody tr').count()).toBe(today.length);
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    await context.close();
  });

  it('has no accessibility violations', async () => {
    const page = await open(browser, '/tabel/');
    await page.waitForSelector('research-table[data-ready]');
    expect(await axeViolations(page)).toEqual([]);
  });
});
