import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import compression from 'compression';
import sirv from 'sirv';

/** Lighthouse scores (0–100) of one page. */
export interface Scores {
  path: string;
  performance: number;
  accessibility: number;
}

/**
 * Serves the built site locally and runs Lighthouse (mobile, its default) on each page in the
 * machine's Chromium. Scores depend on the machine; they are figures to watch, not a test.
 */
export async function lighthouseScores(
  distDir: string,
  paths: readonly string[],
  chromePath: string,
): Promise<Scores[]> {
  // Compressed as any static host would send it.
  const assets = sirv(distDir, { dev: false });
  const compress = compression();
  const server = createServer((request, response) =>
    compress(request as never, response as never, () => assets(request, response)),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const scores: Scores[] = [];
    for (const path of paths) {
      const result = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const categories = result!.lhr.categories;
      scores.push({
        path,
        performance: Math.round((categories['performance']?.score ?? 0) * 100),
        accessibility: Math.round((categories['accessibility']?.score ?? 0) * 100),
      });
    }
    return scores;
  } finally {
    chrome.kill();
    server.close();
  }
}
