import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { axeViolations, launch, url } from './browser.ts';

// Every built page, opened in Chromium under its real Content-Security-Policy, checked with axe-core.
const pages = builtPages();
const CONCURRENT = 3;
const ELEMENTS = ['municipality-map', 'research-table', 'example-catalogue'];

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
});
afterAll(() => browser.close());

interface Finding {
  path: string;
  problems: string[];
}

async function check(path: string): Promise<Finding> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(url(path));
  // Interactive parts are checked once they have drawn themselves.
  await page.waitForFunction(
    (names) => names.every((name) => [...document.querySelectorAll(name)].every((e) => e.hasAttribute('data-ready'))),
    ELEMENTS,
  );
  for (const v of await axeViolations(page))
    problems.push(`axe ${v.id}: ${v.help} (${v.nodes.slice(0, 3).join(', ')})`);
  await page.close();
  return { path, problems };
}

describe('all pages in Chromium', () => {
  it(
    `${pages.length} pages: no accessibility violations and no script or policy errors`,
    async () => {
      const queue = [...pages];
      const findings: Finding[] = [];
      await Promise.all(
        Array.from({ length: CONCURRENT }, async () => {
          for (let path = queue.shift(); path !== undefined; path = queue.shift()) findings.push(await check(path));
        }),
      );
      expect(findings).toHaveLength(pages.length);
      expect(findings.filter((f) => f.problems.length > 0)).toEqual([]);
    },
    20 * 60_000,
  );
});
