import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

/**
 * The most A4 pages a municipality profile may print on from the browser's own menu (each example
 * with its first sentence): tests/browser/print.test.ts holds a few profiles to it, `npm run bench`
 * counts every profile against it.
 */
export const MAX_PROFILE_PAGES = 4;

/** Pages in a PDF as Chromium writes it. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/**
 * How many A4 pages each given page of the built site prints on, in the machine's Chromium: the
 * municipality profiles are meant to fit a few. A figure to watch over every page, beside the tests
 * that check a few.
 */
export async function printedPages(
  distDir: string,
  paths: readonly string[],
  chromePath: string,
): Promise<Map<string, number>> {
  const assets = sirv(distDir, { dev: false });
  const server = createServer((request, response) =>
    assets(request, response, () => {
      response.statusCode = 404;
      response.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: chromePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const counts = new Map<string, number>();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    for (const path of paths) {
      await page.goto(`${base}${path}`);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      counts.set(path, pdfPageCount(pdf));
    }
  } finally {
    await browser.close();
    server.close();
  }
  return counts;
}
