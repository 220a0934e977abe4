import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/lib/site/site.ts';
import { today } from '../helpers/dataset.ts';
import { builtHtml, builtPages, DIST } from '../helpers/dist.ts';
import { TYPE_SLUGS } from '../../src/lib/typology/wrr-types.ts';

const SITE = DEFAULT_SITE_URL;
const pages = builtPages();
const documents = new Map(pages.map((path) => [path, parseHTML(builtHtml(path)).document]));

/** Whether a site path exists in the build: a file, or a folder with index.html. */
function exists(path: string): boolean {
  const file = join(DIST, decodeURIComponent(path));
  return existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html')));
}

describe('every built page', () => {
  it('there are pages for every municipality, type and example', () => {
    // Today's municipalities; the old addresses beside them are counted in former-pages.test.ts.
    const current = today.map((m) => `/gemeente/${m.code}/`);
    expect(current).toHaveLength(342);
    expect(current.filter((p) => !pages.includes(p))).toEqual([]);
    expect(pages.filter((p) => p.startsWith('/type/'))).toHaveLength(TYPE_SLUGS.length);
    expect(pages.length).toBeGreaterThan(380);
  });

  it.each(pages)('%s has a title, description, canonical URL, Open Graph tags and one h1', (path) => {
    const document = documents.get(path)!;
    expect(document.documentElement.getAttribute('lang')).toBe('nl');
    expect(document.title.trim()).not.toBe('');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (path === '/404.html')
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    else expect(canonical).toBe(`${SITE}${path}`);
    if (path !== '/embed/') {
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) {
        expect(document.querySelector(`meta[property="${property}"]`), property).not.toBeNull();
      }
    }
    expect(document.querySelectorAll('h1')).toHaveLength(1);
  });

  it.each(pages)('%s links only to pages, files and anchors that exist', (path) => {
    const document = documents.get(path)!;
    const broken: string[] = [];
    for (const element of document.querySelectorAll('a[href], link[href], script[src], img[src], iframe[src]')) {
      const target = element.getAttribute('href') ?? element.getAttribute('src')!;
      const url = new URL(target, `${SITE}${path}`);
      if (url.origin !== SITE) continue;
      const page = url.pathname;
      if (!exists(page)) broken.push(target);
      else if (url.hash && page.endsWith('/')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!documents.get(page)?.getElementById(id)) broken.push(target);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(pages)('%s opens external links safely', (path) => {
    const unsafe = [...documents.get(path)!.querySelectorAll('a[href^="http"]')]
      .filter((a) => !a.getAttribute('href')!.startsWith(SITE))
      .filter(
        (a) => !/\bnoopener\b/.test(a.getAttribute('rel') ?? '') || !/\bnoreferrer\b/.test(a.getAttribute('rel') ?? ''),
      )
      .map((a) => a.getAttribute('href'));
    expect(unsafe).toEqual([]);
  });

  it.each(pages)(
    '%s runs no inline script or style without a hash in its policy, and allows no other origin',
    (path) => {
      const document = documents.get(path)!;
      const policy =
        document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
      const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      for (const script of document.querySelectorAll('script:not([src])'))
        expect(policy).toContain(hash(script.textContent ?? ''));
      for (const style of document.querySelectorAll('style')) expect(policy).toContain(hash(style.textContent ?? ''));
      expect(document.querySelectorAll('[style]')).toHaveLength(0);
      const handlers = [...document.querySelectorAll('*')].flatMap((e) =>
        e.getAttributeNames().filter((n) => n.startsWith('on')),
      );
      expect(handlers).toEqual([]);
    },
  );
});

/**
 * The headers a _headers file gives a path, as Cloudflare Pages documents it: every matching rule
 * applies in order; "! Name" removes a header set by an earlier rule; a header set again is joined
 * to the earlier value with a comma.
 */
function headersFor(file: string, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  let applies = false;
  for (const line of file.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      const pattern = new RegExp(`^${line.trim().replaceAll('*', '.*')}$`);
      applies = pattern.test(path);
      continue;
    }
    if (!applies) continue;
    const detach = /^\s+!\s*(.+)$/.exec(line);
    if (detach) {
      headers.delete(detach[1]!.trim().toLowerCase());
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    const key = name!.toLowerCase();
    const text = value.join(':').trim();
    headers.set(key, headers.has(key) ? `${headers.get(key)}, ${text}` : text);
  }
  return headers;
}

describe('framing', () => {
  const file = readFileSync(join(DIST, '_headers'), 'utf8');

  it.each(['/', '/gemeente/GM0363/', '/tabel/'])('%s may not be framed', (path) => {
    const headers = headersFor(file, path);
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
  });

  it('/embed/ may be framed by any site, and by nothing else than that rule', () => {
    const headers = headersFor(file, '/embed/');
    expect(headers.has('x-frame-options')).toBe(false);
    expect(headers.get('content-security-policy')).toBe('frame-ancestors *');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });
});
