import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * Connects to the one Chromium the test run shares (started by serve.ts); each file gets its own
 * connection, and closing it leaves the browser running for the next file.
 */
export function launch(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/** The address of the built site, served for the tests. */
export const url = (path: string) => `${inject('baseUrl')}${path}`;

type Watched = Page & { errors: string[]; requested: string[] };

/**
 * Opens a page of the built site, recording its script errors and every path it requests from the
 * first request of its load on (listeners attached before the navigation, so none is missed).
 */
export async function open(browser: Browser, path: string, viewport = { width: 1200, height: 900 }): Promise<Page> {
  const page = (await browser.newPage({ viewport })) as Watched;
  page.errors = [];
  page.requested = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  page.on('request', (request) => page.requested.push(new URL(request.url()).pathname));
  await page.goto(url(path));
  return page;
}

/** The custom elements that load data and mark themselves `data-ready` once drawn. */
const LOADING_ELEMENTS = ['municipality-map', 'research-table', 'example-catalogue'];

/** Waits until every data-loading element on the page has drawn itself (what it loads at first is then loaded). */
export function elementsReady(page: Page): Promise<unknown> {
  return page.waitForFunction(
    (names) => names.every((name) => [...document.querySelectorAll(name)].every((e) => e.hasAttribute('data-ready'))),
    LOADING_ELEMENTS,
  );
}

/** Script errors seen on a page opened with `open`. */
export const errorsOf = (page: Page) => (page as Watched).errors;

/** Paths a page opened with `open` has requested so far, in order. */
export const requestsOf = (page: Page) => (page as Watched).requested;

// Read once; evaluated through the DevTools protocol, which the page's Content-Security-Policy
// does not govern (a <script> tag would be blocked, as it should be).
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's source, for a context to load into every page (see the sweep). */
export const AXE_SOURCE = axeSource;

/** Runs axe-core on the page (WCAG 2.x A and AA rules) and returns its violations. */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
