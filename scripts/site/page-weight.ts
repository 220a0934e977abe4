import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSize } from './gzip-size.ts';

/** One file a page loads, with its size as sent gzipped. */
export interface Resource {
  path: string;
  kind: 'html' | 'css' | 'js' | 'data';
  bytes: number;
  gzip: number;
}

const ATTRIBUTE = /\s(href|src|data-[\w-]+)="(\/[^"]*)"/g;
const JS_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+\.js)["']/g;

/**
 * Everything a built page transfers before it is complete: the HTML, its stylesheets, its
 * scripts with the modules they import, and the data files its custom elements fetch on load
 * (tests/browser/page-weight.test.ts holds this list to what Chromium requests).
 */
export function pageWeight(distDir: string, pagePath: string): Resource[] {
  const htmlFile = join(distDir, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Map<string, Resource>();
  const add = (path: string, kind: Resource['kind']) => {
    if (seen.has(path)) return;
    const content = readFileSync(join(distDir, path));
    seen.set(path, { path, kind, bytes: content.length, gzip: gzipSize(content) });
    if (kind === 'js') {
      for (const [, imported] of content.toString('utf8').matchAll(JS_IMPORT)) {
        add(posix.join(dirname(path), imported!), 'js');
      }
    }
  };
  seen.set(pagePath, { path: pagePath, kind: 'html', bytes: Buffer.byteLength(html), gzip: gzipSize(html) });
  for (const [, attribute, value] of html.matchAll(ATTRIBUTE)) {
    const path = value!.split(/[?#]/)[0]!;
    if (!path.startsWith('/') || path.startsWith('//')) continue;
    // Stylesheets and scripts load with the page; data files when a custom element asks for them,
    // except the names file behind `data-search`, fetched only when someone searches, the
    // borders behind `data-borders`, fetched on the map's first arrow key, and the example
    // summaries behind `data-summaries`, fetched when someone prints a profile with its button.
    // Plain links (downloads, other pages) load nothing until followed.
    if (['data-search', 'data-borders', 'data-summaries'].includes(attribute!)) continue;
    if (attribute!.startsWith('data-')) add(path, 'data');
    else if (path.endsWith('.css')) add(path, 'css');
    else if (attribute === 'src' && path.endsWith('.js')) add(path, 'js');
  }
  return [...seen.values()];
}

/** Total gzipped bytes, optionally of one kind of resource only. */
export function gzipTotal(resources: readonly Resource[], kind?: Resource['kind']): number {
  return resources.filter((r) => kind === undefined || r.kind === kind).reduce((sum, r) => sum + r.gzip, 0);
}
