import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citation } from '../../../src/lib/method.ts';
import { DEFAULT_SITE_URL } from '../../../src/lib/site.ts';

/** CITATION.cff is how software archives and reference managers cite the project: it must stay in step with it. */
describe('CITATION.cff', () => {
  const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; repository: { url: string } };

  it('is Citation File Format 1.2.0 with the fields it requires', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    for (const field of ['message', 'title', 'authors']) expect(cff[field], field).toBeTruthy();
  });

  it('has the version of package.json, its repository and the site’s address', () => {
    expect(cff['version']).toBe(pkg.version);
    expect(cff['url']).toBe(`${DEFAULT_SITE_URL}/`);
    expect(pkg.repository.url).toContain(String(cff['repository-code']));
  });

  it('names the WRR report, the VNG portfolio and CBS’s data as its references', () => {
    const titles = (cff['references'] as { title: string }[]).map((r) => r.title);
    expect(titles.join(' ')).toMatch(
      /De nieuwe verscheidenheid.*De Nieuwe Verscheidenheid.*Kerncijfers wijken en buurten/s,
    );
  });
});

describe('the citation the method page gives', () => {
  it('names the version, the short commit and the day the data were built, and the page', () => {
    const text = citation({
      version: '0.2.0',
      commit: '37e9ff0123456789abcdef0123456789abcdef01',
      date: '2026-12-04',
      url: 'https://example.org/methode/',
      attribution: 'Bron: CBS, Kadaster',
    });
    expect(text).toMatch(
      /^Verscheidenheid in kaart \(versie 0\.2\.0, commit 37e9ff0; gegevens opgebouwd op 4 december 2026\)\./,
    );
    expect(text.endsWith('. Bron: CBS, Kadaster. https://example.org/methode/')).toBe(true);
  });

  it('names the version alone where the source is no git checkout', () => {
    expect(citation({ version: '0.2.0', commit: null, date: null, url: 'u', attribution: 'Bron: CBS' })).toMatch(
      /^Verscheidenheid in kaart \(versie 0\.2\.0\)\./,
    );
  });
});
