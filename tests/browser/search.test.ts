import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, elementsReady, errorsOf, launch, open, url } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const field = (page: Page) => page.getByRole('combobox', { name: 'Zoek uw gemeente' });
const noneBox = (page: Page) => page.locator('municipality-search .search-none');
// Marks the document, so that a reload (which would lose the mark) can be told from staying put.
const mark = (page: Page) => page.evaluate(() => document.body.setAttribute('data-mark', ''));
const status = (page: Page) => page.locator('municipality-search [role="status"]');
const stayedPut = (page: Page) =>
  page.evaluate(() => location.pathname === '/' && document.body.hasAttribute('data-mark'));

describe('the search on a phone (375 × 812)', () => {
  it('finds a town by name and shows its municipality; Enter opens that page', async () => {
    const page = await open(browser, '/', PHONE);
    const input = field(page);
    await input.fill('Sneek');
    const option = page.getByRole('option').first();
    await expect.poll(() => option.textContent()).toBe('Sneek → , in de gemeente Súdwest-Fryslân');
    // What a sighted reader sees: the words for screen readers are clipped away.
    expect(
      await option.evaluate((li) =>
        [...li.childNodes]
          .filter((n) => !(n instanceof Element && n.classList.contains('visually-hidden')))
          .map((n) => n.textContent)
          .join(''),
      ),
    ).toBe('Sneek → Súdwest-Fryslân');
    expect((await option.locator('.visually-hidden').boundingBox())!.width).toBeLessThanOrEqual(1);
    expect(await option.isVisible()).toBe(true);
    await Promise.all([page.waitForURL('**/gemeente/GM1900/'), input.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain('Súdwest-Fryslân');
    expect(errorsOf(page)).toEqual([]);
  });

  it('shows "Geen gemeente gevonden" on the page, with the A–Z list, and Enter stays put', async () => {
    const page = await open(browser, '/', PHONE);
    await mark(page);
    const input = field(page);
    await input.fill('xqzw');
    await expect.poll(() => noneBox(page).isVisible()).toBe(true);
    expect(await noneBox(page).innerText()).toContain('Geen gemeente gevonden');
    const box = (await noneBox(page).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(await noneBox(page).getByRole('link', { name: 'lijst van alle gemeenten' }).getAttribute('href')).toBe(
      '/gemeenten/',
    );
    expect(await page.locator('municipality-search [role="status"]').textContent()).toBe('Geen gemeente gevonden');
    await input.press('Enter');
    // The status answers Enter once the search has run; only then could a page have opened.
    await expect.poll(() => status(page).textContent()).toBe('Geen gemeente gevonden voor ‘xqzw’');
    expect(await stayedPut(page)).toBe(true);
    expect(await input.inputValue()).toBe('xqzw');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('suggests the closest names for a typo, as links', async () => {
    const page = await open(browser, '/', PHONE);
    await field(page).fill('Amsterdm');
    const suggestion = noneBox(page).getByRole('link', { name: 'Amsterdam' });
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    expect(await suggestion.getAttribute('href')).toBe('/gemeente/GM0363/');
    await field(page).fill('Snaek');
    await expect
      .poll(() =>
        noneBox(page)
          .getByRole('link', { name: /Sneek.*Súdwest-Fryslân/ })
          .getAttribute('href'),
      )
      .toBe('/gemeente/GM1900/');
  });

  it('goes away when the query finds something again', async () => {
    const page = await open(browser, '/', PHONE);
    await field(page).fill('xqzw');
    await expect.poll(() => noneBox(page).isVisible()).toBe(true);
    await field(page).fill('Zwolle');
    await expect.poll(() => noneBox(page).isVisible()).toBe(false);
    expect(await page.getByRole('option').first().textContent()).toBe('Zwolle');
  });

  it.each([
    ['Enter', 'Hengelo', 'GM0164'],
    ['the button', 'Hoogezand', 'GM1952'],
  ])('%s with one best match opens it: "%s"', async (how, query, code) => {
    const page = await open(browser, '/', PHONE);
    await field(page).fill(query);
    await page.getByRole('option').first().waitFor();
    const submit =
      how === 'Enter' ? field(page).press('Enter') : page.getByRole('button', { name: 'Zoek', exact: true }).click();
    await Promise.all([page.waitForURL(`**/gemeente/${code}/`), submit]);
  });

  it('Enter with several equal matches keeps the list to choose from; with an empty field it does nothing', async () => {
    const page = await open(browser, '/', PHONE);
    await mark(page);
    await field(page).press('Enter');
    await expect.poll(() => status(page).textContent()).toBe('Typ eerst de naam van een gemeente of plaats');
    expect(await stayedPut(page)).toBe(true);
    // Utrecht and Utrechtse Heuvelrug both start so: neither is the best.
    await field(page).fill('Utrech');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(1);
    await field(page).press('Enter');
    await expect
      .poll(() => page.locator('municipality-search [role="status"]').textContent())
      .toMatch(/gemeenten gevonden: kies er een uit de lijst$/);
    expect(await stayedPut(page)).toBe(true);
    expect(await field(page).getAttribute('aria-expanded')).toBe('true');
  });

  it('loads the search file only when the field is used', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(url('/'), { waitUntil: 'load' });
    await elementsReady(page);
    expect(asked).not.toContain('/data/gemeenten.json');
    await field(page).focus();
    await expect.poll(() => asked.filter((p) => p === '/data/gemeenten.json').length).toBe(1);
    await page.close();
  });
});

describe('the A–Z list', () => {
  it.each([PHONE, DESKTOP])(
    'lists every municipality with its towns, fits %j and has no axe violations',
    async (viewport) => {
      const page = await open(browser, '/gemeenten/', viewport);
      expect(await page.locator('ul.municipalities > li > a[href^="/gemeente/GM"]').count()).toBe(342);
      const sudwest = page.locator('ul.municipalities > li', { has: page.locator('a[href="/gemeente/GM1900/"]') });
      expect(await sudwest.innerText()).toContain('Sneek');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it('shows again the search that brought the reader there', async () => {
    const page = await open(browser, '/gemeenten/?q=Sneek', PHONE);
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain('Súdwest-Fryslân');
    expect(await page.getByRole('combobox').inputValue()).toBe('Sneek');
  });
});

describe('without JavaScript', () => {
  it('the search form goes to the A–Z list, which links to the municipality', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(url('/'));
    const input = field(page);
    expect(await input.isVisible()).toBe(true);
    await input.fill('Sneek');
    await Promise.all([page.waitForURL('**/gemeenten/?q=Sneek'), input.press('Enter')]);
    // The list cannot show the query without a script; it says how to find it on the page instead.
    const hint = page.locator('municipality-search .no-script');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toMatch(/zoekfunctie van uw browser.*oude namen.*plaatsen/s);
    const sudwest = page.locator('ul.municipalities > li', { hasText: 'Sneek' });
    expect(await sudwest.getByRole('link').getAttribute('href')).toBe('/gemeente/GM1900/');
    await Promise.all([page.waitForURL('**/gemeente/GM1900/'), sudwest.getByRole('link').click()]);
    await context.close();
  });
});
