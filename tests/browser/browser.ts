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

/**
 * Visible text on the page smaller than `minPx` CSS pixels, within `scope`: HTML by its font size,
 * SVG text as drawn (its font size times the scale the SVG is shown at).
 */
export function smallText(page: Page, minPx: number, scope = 'body'): Promise<string[]> {
  return page.evaluate(
    ([min, selector]) => {
      const small: string[] = [];
      for (const root of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement!;
          if (!node.textContent!.trim() || element.getClientRects().length === 0) continue;
          const style = getComputedStyle(element);
          if (style.visibility === 'hidden' || element.closest('.visually-hidden')) continue;
          let size = parseFloat(style.fontSize);
          if (element instanceof SVGElement) {
            const matrix = (element as unknown as SVGGraphicsElement).getScreenCTM()!;
            size *= Math.hypot(matrix.a, matrix.b);
          }
          if (size < min - 0.01) small.push(`${size.toFixed(1)}px: ${node.textContent!.trim().slice(0, 40)}`);
        }
      }
      return small;
    },
    [minPx, scope] as const,
  );
}
