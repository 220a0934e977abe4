import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MAP_WIDTH } from '../../src/lib/map/national-map.ts';
import { axeViolations, launch, open } from './browser.ts';
import { startForum, type Forum } from './forum.ts';

let browser: Browser;
let host: Forum;
let hostUrl: string;
beforeAll(async () => {
  browser = await launch();
  host = await startForum();
  hostUrl = host.url;
});
afterAll(async () => {
  await browser.close();
  host.close();
});

async function forum(query = ''): Promise<{ page: Page; frame: Frame }> {
  const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
  await page.goto(hostUrl + query);
  const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
  await frame.waitForSelector('municipality-map[data-ready]');
  return { page, frame };
}

const frameHeight = (page: Page) => page.$eval('iframe', (f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe('the embed on a page of another site', () => {
  it('sizes its iframe to its content, and follows when the content grows', async () => {
    const { page, frame } = await forum();
    expect(new URL(frame.url()).origin).not.toBe(new URL(hostUrl).origin);
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(1);
    const before = await frameHeight(page);
    await frame.getByText('Alle gemeenten per type, als lijst').click();
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 200);
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(1);
  });

  it.each([
    ['GM0363', 'GM0363'],
    ['Den Haag', 'GM0518'],
  ])('?gemeente=%s highlights %s', async (query, code) => {
    const { frame } = await forum(`?gemeente=${encodeURIComponent(query)}`);
    expect(
      await frame.$$eval('municipality-map a.highlight', (as) =>
        as.map((a) => /GM\d{4}/.exec(a.getAttribute('href')!)?.[0]),
      ),
    ).toEqual([code]);
  });

  it('opens a municipality on the main site in a new tab', async () => {
    const { page, frame } = await forum('?gemeente=GM0363');
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      frame.locator('municipality-map svg a[href$="/GM0363/"]').click(),
    ]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(`${inject('baseUrl')}/gemeente/GM0363/`);
    expect(await frame.locator('municipality-map svg a[href$="/GM0363/"]').getAttribute('rel')).toBe('noopener');
  });

  it('works at 300 px wide without horizontal scrolling, and passes axe', async () => {
    const page = await open(browser, '/embed/?type=grens', { width: 300, height: 700 });
    await page.waitForSelector('municipality-map[data-ready]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the embed in a 320 px wide frame on another site', () => {
  const narrow = async (query = '') => {
    const { page, frame } = await forum(`?breedte=320${query}`);
    expect(await page.$eval('iframe', (f) => f.getBoundingClientRect().width)).toBe(320);
    return { page, frame };
  };
  const overflow = (frame: Frame) =>
    frame.evaluate(() => {
      const root = document.documentElement;
      // Anything outside the frame that is not a map shape (those leave the view when zoomed in).
      const outside = [...document.body.querySelectorAll('*')].filter(
        (e) =>
          !(e.closest('svg') && e.tagName !== 'svg') &&
          e.getClientRects().length > 0 &&
          e.getBoundingClientRect().right > root.clientWidth + 0.5,
      );
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, outside: outside.map((e) => e.tagName) };
    });

  it('fits: nothing wider than the frame, the year radios all inside it', async () => {
    const { frame } = await narrow();
    const { scrollWidth, clientWidth, outside } = await overflow(frame);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(outside).toEqual([]);
    const radios = await frame.$$eval('input[type="radio"]', (rs) => rs.map((r) => r.getBoundingClientRect().right));
    expect(radios.length).toBeGreaterThan(1);
    expect(Math.max(...radios)).toBeLessThanOrEqual(320);
  });

  it('has the site’s search: suggestions, a choice shown on the map in place, the query kept', async () => {
    const { frame } = await narrow();
    const field = frame.getByRole('combobox', { name: 'Zoek een gemeente op de kaart' });
    await field.fill('tiel');
    await expect.poll(() => frame.getByRole('option').first().textContent()).toBe('Tiel');
    await field.press('Enter');
    await expect.poll(() => frame.locator('[data-chosen]').textContent()).toMatch(/^Tiel: /);
    expect(new URL(frame.url()).searchParams.get('gemeente')).toBe('GM0281');
    expect(await field.inputValue()).toBe('tiel');
    expect(await frame.$$eval('municipality-map a.highlight', (as) => as.length)).toBe(1);
  });

  it('offers “Bedoelt u …?” for a typo, and shows the municipality it names', async () => {
    const { frame } = await narrow();
    const field = frame.getByRole('combobox', { name: 'Zoek een gemeente op de kaart' });
    await field.fill('Amsterdm');
    const suggestion = frame.locator('.search-suggestions a', { hasText: 'Amsterdam' });
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    await suggestion.click();
    await expect.poll(() => frame.locator('[data-chosen]').textContent()).toMatch(/^Amsterdam: /);
    expect(await field.inputValue()).toBe('Amsterdm');
    expect(await frame.$$eval('municipality-map a.highlight', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/gemeente/GM0363/',
    ]);
  });

  it('zooms to a chosen small municipality with the region around it in view', async () => {
    const { frame } = await narrow('&gemeente=GM0281');
    const view = await frame.$eval('municipality-map svg.map', (svg) => {
      const { width } = (svg as SVGSVGElement).viewBox.baseVal;
      const box = svg.querySelector<SVGPathElement>('a[href$="/GM0281/"] path')!.getBBox();
      return { width, tiel: box.width };
    });
    const full = MAP_WIDTH;
    // Zoomed in, but never so far that Tiel takes more than a quarter of the view.
    expect(view.width).toBeLessThan(full / 1.5);
    expect(view.width).toBeGreaterThanOrEqual(full / 3 - 1);
    expect(view.tiel / view.width).toBeLessThanOrEqual(0.25);
  });

  it('is compact: the legend folded, keyboard help only once a keyboard is in the map', async () => {
    const { page, frame } = await narrow();
    expect(await frameHeight(page)).toBeLessThan(900);
    expect(await frame.locator('details.legend').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const help = frame.locator('municipality-map .map-help');
    expect(await help.isVisible()).toBe(false);
    await frame.focus('municipality-map .skip-map');
    await page.keyboard.press('Tab');
    expect(await frame.evaluate(() => document.activeElement?.closest('svg') !== null)).toBe(true);
    await expect.poll(() => help.isVisible()).toBe(true);
  });

  it('names the municipality of ?gemeente=GM0281 with its type in text', async () => {
    const { frame } = await narrow('&gemeente=GM0281');
    const chosen = frame.locator('[data-chosen]');
    await expect.poll(() => chosen.isVisible()).toBe(true);
    const text = (await chosen.textContent())!;
    expect(text).toMatch(/^Tiel: .+ met de cijfers van \d{4}/);
    // The type in the text is the one the map's link for Tiel names.
    const label = (await frame.locator('municipality-map svg a[href$="/GM0281/"]').getAttribute('aria-label'))!;
    // The label may add what else the type could be (", of …") and how sure it is ("(…)").
    expect(text).toContain(label.slice('Tiel: '.length).replace(/(, of | \().*$/, ''));
    expect(await chosen.locator('a').getAttribute('href')).toBe('/gemeente/GM0281/');
  });

  it('shows the list within a bounded height, so the frame does not grow to thousands of pixels', async () => {
    const { page, frame } = await narrow();
    const closed = await contentHeight(frame);
    await frame.getByText('Alle gemeenten per type, als lijst').click();
    const list = frame.locator('.list-scroll');
    expect(await list.isVisible()).toBe(true);
    expect(await list.evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);
    const open = await contentHeight(frame);
    expect(open - closed).toBeLessThan(600);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - open)).toBeLessThanOrEqual(1);
    expect((await overflow(frame)).scrollWidth).toBeLessThanOrEqual(320);
  });

  it('passes axe at 320 px with a municipality named and the list open', async () => {
    const page = await open(browser, '/embed/?gemeente=GM0281', { width: 320, height: 700 });
    await page.waitForSelector('municipality-map[data-ready]');
    await page.getByText('Alle gemeenten per type, als lijst').click();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the Insluiten panel', () => {
  it('offers the snippet for the view on screen, also when the view came from the URL', async () => {
    const page = await open(browser, '/?jaar=2022&type=expat');
    await page.waitForSelector('municipality-map[data-ready]');
    const code = page.locator('embed-panel code');
    await expect.poll(() => code.textContent()).toContain('/embed/?jaar=2022&type=expat');
    await page.locator('municipality-map button[data-type="grens"]').click();
    await expect.poll(() => code.textContent()).toContain('/embed/?jaar=2022&type=grens');
  });
});
