import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactEmail } from '../../src/lib/site/site.ts';
import { axeViolations, errorsOf, launch, open, url } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];

const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/**
 * Opens a missing address the way a static host answers it: status 404 with the built 404 page.
 * (The test server answers a missing file with an empty 404.) Every other request goes to the site.
 */
async function openMissing(path: string, viewport = VIEWPORTS[0]!): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const notFound = readFileSync('dist/404.html', 'utf8');
  await page.route(url(path), (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFound }));
  await page.goto(url(path));
  return page;
}

describe.each(VIEWPORTS)('an old address at $width × $height', (viewport) => {
  it('/gemeente/GM0738/ names Aalburg and leads to Altena', async () => {
    const page = await open(browser, '/gemeente/GM0738/', viewport);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Aalburg');
    const altena = page.getByRole('main').getByRole('link', { name: 'Altena', exact: true });
    expect(await altena.isVisible()).toBe(true);
    // The answer is on the first screen, without scrolling.
    expect((await altena.boundingBox())!.y).toBeLessThan(viewport.height);
    expect(await overflows(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([page.waitForURL('**/gemeente/GM1959/'), altena.click()]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Altena');
    expect(errorsOf(page)).toEqual([]);
  });

  it('a split municipality (Haaren) lists its parts as links', async () => {
    const page = await open(browser, '/gemeente/GM0788/', viewport);
    const parts = await page.locator('ul.parts a').allTextContents();
    expect(parts).toEqual(expect.arrayContaining(['Vught', 'Oisterwijk', 'Tilburg', 'Boxtel']));
    expect(await overflows(page)).toBe(false);
  });

  it('offers the e-mail route beside the form, within the screen', async () => {
    const page = await open(browser, '/gemeente/GM0281/', viewport);
    const mail = page.getByRole('link', { name: contactEmail });
    const href = (await mail.getAttribute('href'))!;
    expect(href.startsWith(`mailto:${contactEmail}?subject=Praktijkvoorbeeld%3A%20Tiel&body=`)).toBe(true);
    await mail.scrollIntoViewIfNeeded();
    const box = (await mail.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(await overflows(page)).toBe(false);
  });
});

describe('the 404 page', () => {
  it('says that a municipality code is unknown, with the code', async () => {
    const page = await openMissing('/gemeente/GM9999/');
    const note = page.locator('[data-unknown]');
    await note.waitFor({ state: 'visible' });
    expect(await note.textContent()).toContain('Er is geen gemeente met de code GM9999.');
    expect(await page.locator('[data-elsewhere]').isHidden()).toBe(true);
    expect(await overflows(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('links to the page when only the spelling of the code differs', async () => {
    const page = await openMissing('/gemeente/gm0738/', VIEWPORTS[1]);
    const note = page.locator('[data-elsewhere]');
    await note.waitFor({ state: 'visible' });
    await Promise.all([page.waitForURL('**/gemeente/GM0738/'), note.getByRole('link').click()]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Aalburg');
  });

  it('says nothing about codes for any other address, and reads "of de tabel"', async () => {
    const page = await openMissing('/bestaat/niet/');
    await page.waitForLoadState('load');
    expect(await page.locator('unknown-address p:not([hidden])').count()).toBe(0);
    expect(await page.getByRole('main').textContent()).toContain('of de tabel met alle gemeenten');
  });
});
