import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, launch, open } from './browser.ts';

// The real neighbours of each municipality, from the shapes the map is drawn from.
const topology = JSON.parse(readFileSync('src/data/map.topo.json', 'utf8')) as Topology<{
  gemeenten: GeometryCollection;
}>;
const geometries = topology.objects.gemeenten.geometries;
const neighbourCodes = (code: string): string[] => {
  const index = geometries.findIndex((g) => g.id === code);
  return neighbors(geometries)[index]!.map((i) => String(geometries[i]!.id));
};

const UTRECHT = 'GM0344';
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

async function home(viewport: { width: number; height: number }): Promise<Page> {
  const page = await open(browser, '/', viewport);
  await page.waitForSelector('municipality-map[data-ready]');
  return page;
}

/** What has focus: a map link's code, the skip link, or the tag and text of anything else. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    if (el.closest('svg.map')) return /GM\d{4}/.exec(el.getAttribute('href') ?? '')![0];
    return el.classList.contains('skip-map') ? 'skip' : `${el.tagName}:${el.textContent?.trim().slice(0, 30)}`;
  });

describe.each(VIEWPORTS)('the national map with the keyboard at $width px', (viewport) => {
  it('is reached by Tab after a skip link, is one tab stop, and Tab leaves it', async () => {
    const page = await home(viewport);
    let tabs = 0;
    while ((await focused(page)) !== 'skip' && tabs < 60) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await focused(page)).toBe('skip');
    expect(await page.locator('.skip-map').textContent()).toBe('Sla de kaart over');
    // Shown when focused: it lies inside the viewport with a readable size.
    const box = (await page.locator('.skip-map').boundingBox())!;
    expect(box.width).toBeGreaterThan(50);

    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^GM\d{4}$/);
    await page.keyboard.press('Tab');
    const after = await focused(page);
    expect(after).not.toMatch(/^GM\d{4}$/);
    expect(after).not.toBe('skip');
    expect(errorsOf(page)).toEqual([]);
  });

  it('skips the map with the skip link: the next Tab lands past it', async () => {
    const page = await home(viewport);
    await page.focus('.skip-map');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kaart-legenda');
    await page.keyboard.press('Tab');
    // The first type button of the legend, after the map.
    expect(await page.evaluate(() => document.activeElement?.closest('.legend') !== null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('svg') === null)).toBe(true);
  });

  it('moves to a real neighbour with each arrow key, rings and names it', async () => {
    const page = await home(viewport);
    const real = neighbourCodes(UTRECHT);
    expect(real.length).toBeGreaterThan(3);
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']) {
      await page.focus(`municipality-map a[href$="/${UTRECHT}/"]`);
      await page.keyboard.press(key);
      // The first arrow key loads the list of borders before it moves.
      await expect.poll(() => focused(page)).not.toBe(UTRECHT);
      const code = await focused(page);
      expect(real, `${key} from Utrecht went to ${code}`).toContain(code);
      // The focused municipality is the map's one tab stop now, ringed, and named in its label.
      const link = page.locator(`municipality-map a[href$="/${code}/"]`);
      expect(await link.getAttribute('tabindex')).toBe('0');
      expect(await page.locator('municipality-map a[tabindex="0"]').count()).toBe(1);
      expect(await page.locator('municipality-map .ring').getAttribute('d')).toBe(
        await link.locator('path').getAttribute('d'),
      );
      expect(await link.getAttribute('aria-label')).toMatch(/^[^:]+: \S/);
    }
    // Home goes to the first name in the alphabet, a letter to the next name with it.
    await page.focus(`municipality-map a[href$="/${UTRECHT}/"]`);
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Aa en Hunze:/);
    await page.keyboard.press('u');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^U/);
  });

  it('describes its keys beside the map, and passes axe', async () => {
    const page = await home(viewport);
    const help = page.locator('municipality-map .map-help');
    expect(await help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('pijltjestoetsen');
    expect(await axeViolations(page)).toEqual([]);
  });
});

it('opens the focused municipality with Enter', async () => {
  const page = await home(VIEWPORTS[1]!);
  await page.focus(`municipality-map a[href$="/${UTRECHT}/"]`);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focused(page)).not.toBe(UTRECHT);
  const code = await focused(page);
  await Promise.all([page.waitForURL(`**/gemeente/${code}/`), page.keyboard.press('Enter')]);
});
