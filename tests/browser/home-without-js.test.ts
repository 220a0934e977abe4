import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, url } from './browser.ts';
import { TYPE_SLUGS } from '../../src/lib/typology/wrr-types.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

async function homeWithoutScripts(viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport });
  const page = await context.newPage();
  await page.goto(url('/'));
  return page;
}

describe.each([
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
])('the home page without JavaScript at $width px', (viewport) => {
  it('shows no control that needs a script, and leaves no gap where they would be', async () => {
    const page = await homeWithoutScripts(viewport);
    // Form controls on screen outside a form that submits somewhere: without a script each would do
    // nothing. (The search is such a form: it goes to the A–Z list, see search.test.ts.)
    const visible = await page.locator('button, input, select, textarea').evaluateAll((controls) =>
      controls
        .filter((c) => c.getClientRects().length > 0 && getComputedStyle(c).visibility === 'visible')
        .filter((c) => !c.closest('form[action]'))
        .map((c) => c.outerHTML.slice(0, 80)),
    );
    expect(visible).toEqual([]);
    expect(await page.locator('form[action] input[name="q"]').isVisible()).toBe(true);
    // The map's script-only parts take no room at all.
    const boxes = await page
      .locator('municipality-map [data-needs-js]')
      .evaluateAll((parts) => parts.map((p) => p.getClientRects().length));
    expect(boxes.length).toBeGreaterThan(3);
    expect(boxes.every((n) => n === 0)).toBe(true);
  });

  it('says what works without scripts and what does not, and its map links and legend work', async () => {
    const page = await homeWithoutScripts(viewport);
    const notice = page.locator('municipality-map .no-script');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/link naar haar pagina.*jaar.*type.*filteren.*zoomen.*JavaScript/s);
    expect(await page.locator('municipality-map svg a').count()).toBe(342);
    // The legend is a list of links to the types' pages.
    const legend = page.locator('municipality-map .legend-static a');
    expect(await legend.count()).toBe(TYPE_SLUGS.length);
    expect(await legend.first().isVisible()).toBe(true);
    await Promise.all([page.waitForURL('**/type/**'), legend.first().click()]);
    // A municipality opens with a click on its shape.
    await page.goBack();
    await Promise.all([
      page.waitForURL('**/gemeente/GM0363/'),
      page.locator('municipality-map a[href$="/GM0363/"]').click(),
    ]);
  });
});
