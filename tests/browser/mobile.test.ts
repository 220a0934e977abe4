import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open } from './browser.ts';

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
