import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, url } from './browser.ts';

/**
 * A data file that cannot be loaded: the widget says so in the page, in Dutch, offers to try again,
 * and works once a later try succeeds. The server-rendered page stays usable meanwhile, and no
 * promise rejection goes unhandled.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/** Opens a page whose request for `file` fails the first time (with `how`) and succeeds after. */
async function withFailingFile(path: string, file: string, how: 'status' | 'network'): Promise<Page> {
  const page = await browser.newPage();
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  (page as Page & { uncaught: string[] }).uncaught = uncaught;
  let failures = 0;
  await page.route(`**${file}`, (route: Route) => {
    if (failures > 0) return route.continue();
    failures += 1;
    return how === 'status' ? route.fulfill({ status: 503, body: 'Even niet' }) : route.abort('failed');
  });
  await page.goto(url(path));
  return page;
}
const uncaughtOf = (page: Page) => (page as Page & { uncaught: string[] }).uncaught;

describe('a data file that fails to load', () => {
  it.each(['status', 'network'] as const)('search (%s error): says so, and finds after trying again', async (how) => {
    const page = await withFailingFile('/', '/data/gemeenten.json', how);
    await page.getByRole('combobox', { name: 'Zoek uw gemeente' }).fill('Den Haag');
    const alert = page.locator('municipality-search [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('kon niet worden geladen');
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect.poll(() => page.getByRole('option', { name: /'s-Gravenhage/ }).count()).toBe(1);
    expect(await alert.count()).toBe(0);
    expect(uncaughtOf(page)).toEqual([]);
  });

  it('table: keeps the plain table, says so, and filters after trying again', async () => {
    const page = await withFailingFile('/tabel/', '/data/tabel/*.json', 'status');
    const alert = page.locator('research-table [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('kon niet worden geladen');
    expect(await page.locator('table.research tbody tr').count()).toBe(342);
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.waitForSelector('research-table[data-ready]');
    await page.getByLabel('Zoek op naam').fill('Amster');
    await expect.poll(() => page.locator('table.research tbody tr').count()).toBe(1);
    expect(uncaughtOf(page)).toEqual([]);
  });

  it('map: still draws, says the name could not be looked up, and finds it after trying again', async () => {
    const page = await withFailingFile('/?gemeente=Den%20Haag', '/data/gemeenten.json', 'network');
    const alert = page.locator('municipality-map [role="alert"]');
    await expect.poll(() => alert.textContent()).toContain('Den Haag');
    expect(await page.locator('municipality-map svg a').count()).toBe(342);
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.waitForSelector('municipality-map[data-ready]');
    expect(
      await page.$$eval('municipality-map a.highlight', (as) =>
        as.map((a) => /GM\d{4}/.exec(a.getAttribute('href')!)?.[0]),
      ),
    ).toEqual(['GM0518']);
    expect(uncaughtOf(page)).toEqual([]);
  });
});
