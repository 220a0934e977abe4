import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citation } from '../../../src/lib/evidence/method.ts';
import { DEFAULT_SITE_URL, SITE_NAME } from '../../../src/lib/site/site.ts';

/** CITATION.cff is how software archives and reference managers cite the project: it must stay in step with it. */
describe('CITATION.cff', () => {
  const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; repository: { url: string } };

  it('is Citation File Format 1.2.0 with the fields it requires', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    for (const field of ['message', 'title', 'authors']) expect(cff[field], field).toBeTruthy();
  });

  it('names as its author who the method page’s citation names as publisher', () => {
    expect(cff['authors']).toEqual([{ name: SITE_NAME }]);
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
  const parts = {
    publisher: 'Verscheidenheid in kaart',
    version: '1.2.3',
    commit: '0123456789abcdef0123456789abcdef01234567',
    date: '2026-12-04',
    url: 'https://example.org/',
    repository: 'https://example.org/code',
    attribution: 'Bron: CBS',
    tables: [
      { table: '83220NED', year: 2015 },
      { table: '85318NED', year: 2022 },
    ],
  };

  it('gives publisher and year, title with version, commit and data date, address, day consulted, code and CBS tables', () => {
    expect(citation(parts)).toBe(
      'Verscheidenheid in kaart (2026). Verscheidenheid in kaart: gemeenten naar de typen van de WRR (versie 1.2.3, commit 0123456; gegevens samengesteld op 4 december 2026) [website]. https://example.org/, geraadpleegd op [datum]. Broncode en gegevens: https://example.org/code. Cijfers: CBS, Kerncijfers wijken en buurten, tabellen 83220NED (2015) en 85318NED (2022). Typologie naar WRR, De nieuwe verscheidenheid (2018); praktijkvoorbeelden naar VNG, De Nieuwe Verscheidenheid (2020). Bron: CBS.',
    );
  });

  it('leaves out what a build does not know: the commit and the date', () => {
    expect(citation({ ...parts, commit: null, date: null })).toMatch(
      /^Verscheidenheid in kaart\. Verscheidenheid in kaart: gemeenten naar de typen van de WRR \(versie 1\.2\.3\) \[website\]/,
    );
  });
});
