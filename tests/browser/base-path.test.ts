import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LinkState, check } from 'linkinator';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/lib/site/embed.ts';
import { launch } from './browser.ts';

/**
 * The site built for a folder on someone else's server (BASE_PATH, SITE_URL) and served only
 * under that folder: every link, asset, data file, the search and the embed must stay inside it.
 */
const BASE = '/verscheidenheid/';
const OUT = 'tests/.output/base-path';
let site: Server;
let host: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  execFileSync('npx', ['--no-install', 'astro', 'build', '--outDir', OUT], {
    stdio: 'pipe',
    env: { ...process.env, BASE_PATH: BASE, SITE_URL: 'https://example.org', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const files = sirv(OUT, { dev: false });
  // Only the folder exists on this server; anything outside it is a 404, as on a shared host.
  site = createServer((request, response) => {
    const notFound = () => {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Niet gevonden');
    };
    if (!request.url!.startsWith(BASE)) {
      notFound();
      return;
    }
    request.url = request.url!.slice(BASE.length - 1);
    files(request, response, notFound);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  // A forum page on another origin with the embed snippet for this site.
  host = createServer((_, response) => {
    const snippet = embedSnippet(`${origin}${BASE}`, { municipality: 'Den Haag' });
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="nl"><head><title>Forum</title></head><body>${snippet}</body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  site?.close();
  host?.close();
});

describe(`the site built for ${BASE}`, () => {
  it('has no broken internal link on any page (linkinator)', async () => {
    const result = await check({
      path: [`${origin}${BASE}`, `${origin}${BASE}404.html`, `${origin}${BASE}embed/`],
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      linksToSkip: [`^(?!${origin}${BASE})`],
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.url} (on ${l.parent})`);
    expect(broken).toEqual([]);
    const pages = new Set(
      result.links.filter((l) => l.state === LinkState.OK && l.url.endsWith('/')).map((l) => l.url),
    );
    expect(pages.size).toBeGreaterThan(380);
  });

  it('shows the map and finds a municipality by its former name', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}${BASE}`);
    await page.waitForSelector('municipality-map[data-ready]');
    expect(await page.locator('municipality-map svg a').count()).toBe(342);
    await page.getByRole('combobox', { name: 'Zoek uw gemeente' }).fill('Hoogezand-Sappemeer');
    await page.getByRole('option', { name: /Midden-Groningen/ }).waitFor();
    await Promise.all([page.waitForURL(`**${BASE}gemeente/GM1952/`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('Midden-Groningen');
    expect(errors).toEqual([]);
  });

  it('embeds on another origin: sized by embed.js, highlighting a municipality found by name', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
    await frame.waitForSelector('municipality-map[data-ready]');
    expect(frame.url()).toContain(`${origin}${BASE}embed/`);
    expect(
      await frame.$$eval('a.highlight', (as) => as.map((a) => /GM\d{4}/.exec(a.getAttribute('href')!)?.[0])),
    ).toEqual(['GM0518']);
    await expect.poll(() => page.$eval('iframe', (f) => f.getBoundingClientRect().height)).toBeGreaterThan(640);
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      frame.locator('municipality-map svg a[href$="/GM0518/"]').click(),
    ]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(`${origin}${BASE}gemeente/GM0518/`);
  });

  it('names preview cards under the site URL and the folder, and has them', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}${BASE}gemeente/GM0363/`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBe(`https://example.org${BASE}kaarten/gemeente/GM0363.png`);
    const response = await page.request.get(`${origin}${new URL(image!).pathname}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  });

  it('shows its 404 page with links into the folder', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}${BASE}404.html`);
    const links = await page.$$eval('main a[href]', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(3);
    for (const href of links) expect(href.startsWith(BASE)).toBe(true);
  });
});
