import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtHtml, builtPages } from '../helpers/dist.ts';
import { coveringPages, pageFeatures } from '../helpers/page-shapes.ts';
import { AXE_SOURCE, axeViolations, elementsReady, launch, url } from './browser.ts';

/**
 * Built pages opened in Chromium under their real Content-Security-Policy and checked with
 * axe-core. `npm test` opens the pages that together hold every kind of element of every page (see
 * page-shapes.ts: each template at least once, every municipality type's colours, every state of
 * a section); `npm run test:sweep` (SWEEP=all) opens every page, one by one.
 */
const EVERY_PAGE = process.env['SWEEP'] === 'all';
const pages = EVERY_PAGE
  ? builtPages()
  : coveringPages(new Map(builtPages().map((path) => [path, pageFeatures(builtHtml(path))])));
const CONCURRENT = 2;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

interface Finding {
  path: string;
  problems: string[];
}

/**
 * One tab that checks page after page. axe-core is loaded into every page through the DevTools
 * protocol (which the page's policy does not govern), so it is compiled once rather than per page.
 */
async function worker(queue: string[], findings: Finding[]): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.addInitScript(AXE_SOURCE);
  const page: Page = await context.newPage();
  let problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    problems = [];
    await page.goto(url(path));
    // Interactive parts are checked once they have drawn themselves.
    await elementsReady(page);
    for (const v of await axeViolations(page))
      problems.push(`axe ${v.id}: ${v.help} (${v.nodes.slice(0, 3).join(', ')})`);
    findings.push({ path, problems });
  }
  await context.close();
}

describe(EVERY_PAGE ? 'every page in Chromium' : 'a page of every kind in Chromium', () => {
  it(
    `${pages.length} of ${builtPages().length} pages: no accessibility violations and no script or policy errors`,
    async () => {
      const queue = [...pages];
      const findings: Finding[] = [];
      await Promise.all(Array.from({ length: CONCURRENT }, () => worker(queue, findings)));
      expect(findings).toHaveLength(pages.length);
      expect(findings.filter((f) => f.problems.length > 0)).toEqual([]);
    },
    20 * 60_000,
  );
});
