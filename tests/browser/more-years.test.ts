import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCsv } from '../../src/lib/table/download-rows.ts';
import { buildFixtureSite, exampleFile, prepareFixtureSite } from '../helpers/fixture-site.ts';
import { launch } from './browser.ts';

/**
 * Years come from the data: the fixture with two made-up years added to its three (five in all),
 * built without any code change, must offer every year wherever a year is shown or chosen; its
 * year in CBS's herkomstland classification (2023) too, as a year without types.
 */
const ROOT = 'tests/.output/fixture-site-years';
const YEARS = ['2015', '2018', '2019', '2020', '2022'];
const ORIGIN_YEAR = '2023';
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  await prepareFixtureSite(ROOT, { examples: { 'voorbeeld.md': exampleFile() }, extraYears: [2018, 2020] });
  buildFixtureSite(ROOT);
  const files = sirv(join(ROOT, 'dist'), { dev: false });
  server = createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function open(path: string): Promise<Page & { errors: string[] }> {
  const page = (await browser.newPage()) as Page & { errors: string[] };
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  await page.goto(`${origin}${path}`);
  return page;
}

describe('a fourth year, added as data only', () => {
  it('the map offers every year, the WRR’s year first and marked, and switches to each', async () => {
    const page = await open('/');
    await page.waitForSelector('municipality-map[data-ready]');
    const labels = await page.locator('municipality-map .year-switch label').allTextContents();
    expect(labels.map((l) => l.trim())).toEqual([
      '2015 (WRR)',
      ...YEARS.slice(1),
      `${ORIGIN_YEAR}: herkomst, geen type`,
    ]);
    for (const year of YEARS.slice(1)) {
      await page.getByRole('radio', { name: year, exact: true }).check();
      expect(new URL(page.url()).searchParams.get('jaar')).toBe(year);
    }
    // The herkomstland year shows its own legend, not the types'.
    await page.getByRole('radio', { name: `${ORIGIN_YEAR}: herkomst, geen type` }).check();
    expect(new URL(page.url()).searchParams.get('jaar')).toBe(ORIGIN_YEAR);
    expect(await page.locator('.legend-title').textContent()).toBe(`Herkomst buiten Europa, ${ORIGIN_YEAR}`);
    expect(await page.locator('[data-origin-legend]').isVisible()).toBe(true);
    expect(await page.locator('.legend button[data-type]').first().isVisible()).toBe(false);
    const changeYears = await page.locator('select[name="veranderd-van"] option').allTextContents();
    expect(changeYears).toEqual(YEARS);
    expect(page.errors).toEqual([]);
  });

  it('the municipality page shows every year, and the change across them', async () => {
    const page = await open('/gemeente/GM9006/');
    expect(await page.locator('table.by-year tbody tr').count()).toBe(YEARS.length);
    expect(await page.locator('.change').textContent()).toContain('2022');
    const tableYears = await page.locator('.change-chart thead th').allTextContents();
    expect(tableYears.slice(1)).toEqual(YEARS);
    expect(await page.locator('.per-year > div').count()).toBe(YEARS.length);
  });

  // On paper only the reasons of the two years the answer names: more years add a table row each, not pages.
  it('still prints as a profile of at most three A4 pages, as most profiles of the real data do', async () => {
    const page = await open('/gemeente/GM9006/');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
  });

  it('the table and the downloads have every year', async () => {
    const page = await open('/tabel/');
    await page.waitForSelector('research-table[data-ready]');
    expect(
      await page
        .locator('input[name="jaar"]')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual([...YEARS, ORIGIN_YEAR]);
    const today = fromCsv(readFileSync(join(ROOT, 'dist/downloads/gemeenten-nu.csv'), 'utf8'));
    expect([...new Set(today.map((r) => String(r['jaar'])))]).toEqual([...YEARS, ORIGIN_YEAR]);
    for (const year of [...YEARS, ORIGIN_YEAR]) {
      const rows = fromCsv(readFileSync(join(ROOT, `dist/downloads/gemeenten-${year}.csv`), 'utf8'));
      expect(rows.length, year).toBeGreaterThan(0);
    }
  });

  it('the embed takes any of the years', async () => {
    const page = await open('/embed/?jaar=2018');
    await page.waitForSelector('municipality-map[data-ready]');
    expect(await page.getByRole('radio', { name: '2018' }).isChecked()).toBe(true);
  });
});
