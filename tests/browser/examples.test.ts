import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, launch, open, url } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const visibleTitles = (page: import('playwright-core').Page) =>
  page.$$eval('[data-example]:not([hidden]) h2', (hs) => hs.map((h) => h.textContent.trim()));

describe('the practice example catalogue', () => {
  it('filters by type and theme at once, and keeps the filter in the URL', async () => {
    const page = await open(browser, '/voorbeelden/');
    await page.waitForSelector('example-catalogue[data-ready]');
    const total = (await visibleTitles(page)).length;
    await page.getByRole('checkbox', { name: 'Huisvesting van arbeidsmigranten' }).check();
    const housing = await visibleTitles(page);
    expect(housing.length).toBeGreaterThanOrEqual(3);
    expect(housing.length).toBeLessThan(total);
    await page.getByRole('checkbox', { name: 'Tuinbouwgemeente' }).check();
    const both = await visibleTitles(page);
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(housing.length);
    expect(both.every((t) => housing.includes(t))).toBe(true);
    expect(await page.locator('[data-count]').textContent()).toBe(`${both.length} van de ${total} praktijkvoorbeelden`);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
      type: 'tuinbouw',
      thema: 'huisvesting-arbeidsmigranten',
    });

    const shared = await open(browser, `/voorbeelden/?${new URL(page.url()).searchParams.toString()}`);
    await shared.waitForSelector('example-catalogue[data-ready]');
    expect(await visibleTitles(shared)).toEqual(both);
    expect(errorsOf(page)).toEqual([]);
  });

  it('offers, where the filters together find nothing, to let one go, with how many that shows', async () => {
    const page = await open(browser, '/voorbeelden/?type=tuinbouw&thema=onderwijs');
    await page.waitForSelector('example-catalogue[data-ready]');
    expect(await visibleTitles(page)).toEqual([]);
    const offer = page.locator('[data-widen]');
    expect(await offer.isVisible()).toBe(true);
    const themes = offer.getByRole('button', { name: /^Alle thema’s \(\d+ voorbeelden?\)$/ });
    const count = Number(/\((\d+)/.exec((await themes.textContent())!)![1]);
    expect(count).toBeGreaterThan(0);
    await themes.click();
    expect(await visibleTitles(page)).toHaveLength(count);
    expect(await page.getByRole('checkbox', { name: 'Tuinbouwgemeente' }).isChecked()).toBe(true);
    expect(await offer.isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('thema')).toBeNull();
  });

  it('an example page names and links its source document, with the part it comes from', async () => {
    const page = await open(browser, '/voorbeelden/tiel-huisvesting-arbeidsmigranten/');
    const source = page.locator('p.note', { hasText: 'Bron:' });
    expect(await source.textContent()).toMatch(/Bron: VNG, De Nieuwe Verscheidenheid.*, onderdeel ‘.+Tiel.+’/);
    await source.getByRole('link').click();
    await page.waitForURL('**/voorbeelden/#bron-vng-portfolio-2020');
    expect(await page.locator('#bron-vng-portfolio-2020').textContent()).toContain('De Nieuwe Verscheidenheid');
  });

  it('searches the whole text, words in parentheses included', async () => {
    const page = await open(browser, '/voorbeelden/');
    await page.waitForSelector('example-catalogue[data-ready]');
    await page.getByRole('searchbox', { name: 'Zoek in de voorbeelden' }).fill('penningmeester');
    expect(await visibleTitles(page)).toEqual(['Stichting Somaliërs ziet de gemeente Groningen beter luisteren']);
  });

  it('lists every example as a plain list without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/voorbeelden/?thema=onderwijs'));
    const titles = await visibleTitles(page);
    expect(titles.length).toBeGreaterThanOrEqual(25);
    expect(await page.locator('form.catalogue-filters').isVisible()).toBe(false);
    await context.close();
  });

  it('an example page links to its municipality, its type and related examples', async () => {
    const page = await open(browser, '/voorbeelden/tiel-huisvesting-arbeidsmigranten/');
    expect(await page.locator('a[href="/gemeente/GM0281/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.facts a[href^="/type/"]').count()).toBe(1);
    expect(await page.locator('#verder ~ ul li').count()).toBeGreaterThanOrEqual(2);
  });

  it.each(['/voorbeelden/', '/voorbeelden/de-wolden-depolitieke-dialoog/'])(
    '%s has no accessibility violations',
    async (path) => {
      const page = await open(browser, path);
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
