import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open } from './browser.ts';
import { startForum, type Forum } from './forum.ts';

// The wheel over the map scrolls the page unless the reader means the map (Ctrl or ⌘, or after a
// click in it); on the site and in an embed on another origin.

let browser: Browser;
let host: Forum;
beforeAll(async () => {
  browser = await launch();
  // A second local address: another origin than the site's.
  host = await startForum('127.0.0.2');
});
afterAll(async () => {
  await browser.close();
  host.close();
});

/** The width of the part of the drawing in view: smaller is zoomed in. */
const viewWidth = (scope: Page | Frame) =>
  scope.$eval('municipality-map svg.map', (svg) => (svg as SVGSVGElement).viewBox.baseVal.width);
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** Whether the page has stopped scrolling: the same position two frames apart (a wheel scrolls smoothly, over several frames). */
const atRest = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const y = window.scrollY;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY === y)));
      }),
  );

/**
 * Puts the pointer over the middle of the part of the map in the window (top-level page coordinates),
 * once the page has stopped scrolling, and checks that the map is what is under it.
 */
async function pointAtMap(page: Page, scope: Page | Frame): Promise<void> {
  await expect.poll(() => atRest(page)).toBe(true);
  const box = (await (await scope.$('municipality-map svg.map'))!.boundingBox())!;
  const [top, bottom] = [Math.max(box.y, 0), Math.min(box.y + box.height, page.viewportSize()!.height)];
  expect(bottom - top).toBeGreaterThan(100);
  const [x, y] = [box.x + box.width / 2, (top + bottom) / 2];
  await page.mouse.move(x, y);
  // In a frame, the point in the frame's own coordinates.
  const frame =
    'parentFrame' in scope && scope.parentFrame() ? (await (await scope.frameElement()).boundingBox())! : null;
  const point = frame ? { px: x - frame.x, py: y - frame.y } : { px: x, py: y };
  expect(await scope.evaluate(({ px, py }) => !!document.elementFromPoint(px, py)?.closest('svg.map'), point)).toBe(
    true,
  );
}

/** Six wheel steps down over the map: the page scrolls, the map keeps its view. */
async function expectPageScrolls(page: Page, scope: Page | Frame): Promise<void> {
  const [top, whole] = [await scrollY(page), await viewWidth(scope)];
  for (let step = 0; step < 6; step++) await page.mouse.wheel(0, 100);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(top + 300);
  expect(await viewWidth(scope)).toBe(whole);
}

/** Ctrl + wheel up over the map: the map zooms in, the page stays where it is. */
async function expectCtrlWheelZooms(page: Page, scope: Page | Frame): Promise<void> {
  await expect.poll(() => atRest(page)).toBe(true);
  const box = (await (await scope.$('municipality-map svg.map'))!.boundingBox())!;
  await page.evaluate((by) => window.scrollBy({ top: by, behavior: 'instant' }), box.y - 50);
  await pointAtMap(page, scope);
  const [top, whole] = [await scrollY(page), await viewWidth(scope)];
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(() => viewWidth(scope)).toBeLessThan(whole / 1.2);
  expect(await scrollY(page)).toBe(top);
}

describe('the wheel over the map on the site, at 1280 × 900', () => {
  it('scrolls the page, says how to zoom, and zooms with Ctrl', async () => {
    const page = await open(browser, '/', { width: 1280, height: 900 });
    await page.waitForSelector('municipality-map[data-ready]');
    await pointAtMap(page, page);
    await expectPageScrolls(page, page);
    expect(await page.locator('[data-zoom-hint]').isVisible()).toBe(true);
    await expectCtrlWheelZooms(page, page);
    expect(await page.locator('[data-zoom-hint]').isVisible()).toBe(false);
  });

  it('zooms without Ctrl after a click in the map, until the pointer leaves it', async () => {
    const page = await open(browser, '/', { width: 1280, height: 900 });
    await page.waitForSelector('municipality-map[data-ready]');
    // The sea on the map's left edge, below the buttons: a click there opens nothing.
    const box = (await (await page.$('municipality-map svg.map'))!.boundingBox())!;
    const sea: [number, number] = [box.x + 8, box.y + box.height / 4];
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.getAttribute('class'), sea)).toBe('sea');
    await page.mouse.click(...sea);
    const whole = await viewWidth(page);
    await page.mouse.wheel(0, -100);
    await expect.poll(() => viewWidth(page)).toBeLessThan(whole / 1.2);
    expect(await scrollY(page)).toBe(0);
    await page.mouse.move(box.x + box.width + 300, box.y + 8);
    await pointAtMap(page, page);
    await expectPageScrolls(page, page);
  });
});

describe.each([700, 320])('the wheel over the embedded map in a %i px frame on another origin', (width) => {
  it('scrolls the host page, and Ctrl + wheel zooms the map', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${host.url}?breedte=${width}&lang`);
    const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
    expect(new URL(frame.url()).origin).not.toBe(new URL(host.url).origin);
    await frame.waitForSelector('municipality-map[data-ready]');
    // The frame has taken its content's height, so the map is a part of the host page.
    await expect
      .poll(() => page.$eval('iframe', (f) => f.getBoundingClientRect().height))
      .toBeGreaterThan(await frame.$eval('municipality-map svg.map', (svg) => svg.getBoundingClientRect().height));
    await (await page.$('iframe'))!.scrollIntoViewIfNeeded();
    await pointAtMap(page, frame);
    await expectPageScrolls(page, frame);
    await expectCtrlWheelZooms(page, frame);
    await page.close();
  });
});
