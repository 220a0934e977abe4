import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { embedSnippet } from '../../src/lib/embed.ts';
import { axeViolations, launch, open } from './browser.ts';

let browser: Browser;
let host: Server;
let hostUrl: string;
beforeAll(async () => {
  browser = await launch();
  // A forum page on another origin that embeds the map with the documented snippet.
  host = createServer((request, response) => {
    const query = new URL(request.url!, 'http://host').searchParams;
    const snippet = embedSnippet(inject('baseUrl'), {
      municipality: query.get('gemeente') ?? undefined,
      type: query.get('type') ?? undefined,
    });
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="nl"><head><title>Forum</title></head><body><h1>Forum</h1>${snippet}<p>Na de kaart.</p></body></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
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
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 500);
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
      frame.locator('municipality-map a[href$="/GM0363/"]').click(),
    ]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(`${inject('baseUrl')}/gemeente/GM0363/`);
    expect(await frame.locator('municipality-map a[href$="/GM0363/"]').getAttribute('rel')).toBe('noopener');
  });

  it('works at 300 px wide without horizontal scrolling, and passes axe', async () => {
    const page = await open(browser, '/embed/?type=grens', { width: 300, height: 700 });
    await page.waitForSelector('municipality-map[data-ready]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
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
