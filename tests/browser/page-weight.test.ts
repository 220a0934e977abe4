import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/site/page-weight.ts';
import { DIST } from '../helpers/dist.ts';
import { elementsReady, launch, url } from './browser.ts';

/**
 * The size budgets are weighed from the built files (tests/site/budgets.test.ts); here Chromium
 * checks that the files weighed are exactly the files a page requests by itself.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('page weight lists what Chromium loads', () => {
  it.each(['/', '/embed/', '/tabel/', '/gemeente/GM0363/', '/type/expat/'])('%s', async (path) => {
    // A fresh context each time: nothing comes from the cache of an earlier page.
    const context = await browser.newContext();
    const page = await context.newPage();
    // Everything a page loads by itself: its files by the load event, its data once its
    // interactive parts have drawn themselves with it.
    await page.goto(url(path), { waitUntil: 'load' });
    await elementsReady(page);
    // The browser's own record of what it fetched: on a page with a long document, the protocol's
    // request events can miss the requests made while the parser is still busy.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    await context.close();
    const requested = new Set([path, ...fetched.map((name) => new URL(name).pathname)]);
    // The site icon is fetched once per site, not per page.
    requested.delete('/favicon.svg');
    expect([...requested].sort()).toEqual(
      pageWeight(DIST, path)
        .map((r) => r.path)
        .sort(),
    );
  });
});
