import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, smallText, url } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

// Phones first: at 360 px nothing may stick out sideways (wide tables scroll inside their own box).
describe('at 360 px wide', () => {
  it.each([
    '/',
    '/gemeente/GM0518/',
    '/gemeente/GM1900/',
    '/type/specifieke-minderheid/',
    '/typen/',
    '/voorbeelden/',
    '/voorbeelden/holland-expat-center-south/',
    '/tabel/',
    '/methode/',
    '/404.html',
  ])('%s does not scroll sideways', async (path) => {
    const page = await open(browser, path, { width: 360, height: 740 });
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('on a touch screen: no keyboard help, and a first tap on a small municipality names it, a second opens it', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await page.goto(url('/'));
    await page.waitForSelector('municipality-map[data-ready]');
    expect(await page.locator('municipality-map .map-help').isVisible()).toBe(false);
    const tiel = page.locator('municipality-map svg a[href$="/GM0281/"] path');
    await tiel.scrollIntoViewIfNeeded();
    const box = (await tiel.boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    // The point must hit Tiel itself, not a neighbour, for the test to mean anything.
    expect(
      await page.evaluate(
        ([px, py]) => document.elementFromPoint(px!, py!)?.closest('a')?.getAttribute('href'),
        [x, y],
      ),
    ).toBe('/gemeente/GM0281/');
    await page.touchscreen.tap(x, y);
    const label = page.locator('municipality-map .map-tooltip');
    await expect.poll(() => label.isVisible()).toBe(true);
    expect(await label.textContent()).toMatch(/^Tiel.*Tik nog eens om de pagina te openen\.$/);
    expect(new URL(page.url()).pathname).toBe('/');
    await Promise.all([page.waitForURL('**/gemeente/GM0281/'), page.touchscreen.tap(x, y)]);
    await page.close();
  });

  it.each(['/gemeente/GM0281/', '/type/tuinbouw/', '/methode/'])(
    '%s has chart labels of at least 10.5 px',
    async (path) => {
      const page = await open(browser, path, { width: 375, height: 812 });
      expect(await page.locator('.chart-image svg, .panels svg').count()).toBeGreaterThan(0);
      expect(await smallText(page, 10.5, '.chart-image, .panels')).toEqual([]);
    },
  );

  it('the map can be zoomed with the buttons and reset', async () => {
    const page = await open(browser, '/', { width: 360, height: 740 });
    await page.waitForSelector('municipality-map[data-ready]');
    // Zooming narrows the part of the drawing in view (the SVG's viewBox).
    const viewWidth = () =>
      page.$eval('municipality-map svg.map', (svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
    const whole = await viewWidth();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await expect.poll(viewWidth).toBeLessThan(whole / 1.5);
    await page.getByRole('button', { name: 'Hele land' }).click();
    await expect.poll(viewWidth).toBeCloseTo(whole);
  });
});
