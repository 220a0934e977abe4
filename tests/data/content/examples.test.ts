import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Municipality } from '../../../src/lib/figures/dataset-schema.ts';
import { exampleSchema, SUMMARY_WORDS, wordCount } from '../../../src/lib/examples/example-schema.ts';
import { exampleFiles } from '../../helpers/examples.ts';

const today = JSON.parse(readFileSync('src/data/municipalities.json', 'utf8')) as Municipality[];
const schema = exampleSchema(today);
const files = exampleFiles();

describe('practice example files', () => {
  it('cover the portfolio, the Haarlem documents and the kennisatelier: at least 25', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    const documents = files.map((f) => (f.data['source'] as { document: string }).document);
    expect(documents.filter((d) => d === 'vng-portfolio-2020').length).toBeGreaterThanOrEqual(21);
    for (const d of ['haarlem-participatieraad-2018', 'haarlem-sams-2012', 'haarlem-gewoon-in-de-wijk-2021']) {
      expect(documents).toContain(d);
    }
    expect(documents.filter((d) => d === 'kis-kennisatelier-2015').length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('$file matches the schema', ({ data }) => {
    const result = schema.safeParse(data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(files)('$file links only to municipalities that exist today', ({ data }) => {
    const codes = new Set(today.map((m) => m.code));
    for (const code of data['municipalities'] as string[]) expect(codes.has(code), code).toBe(true);
  });
});

describe('the example schema names the field that is wrong', () => {
  const valid = files[0]!.data;
  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown municipality code', { municipalities: ['GM9999'] }, 'municipalities.0'],
    ['an unknown type', { filedUnder: 'stad' }, 'filedUnder'],
    ['an unknown theme', { themes: ['sport'] }, 'themes.0'],
    ['a missing source', { source: undefined }, 'source'],
    ['a source without a section', { source: { document: 'vng-portfolio-2020' } }, 'source.section'],
    ['a summary that is too short', { summary: 'Te kort.' }, 'summary'],
    ['a summary that is too long', { summary: 'woord '.repeat(SUMMARY_WORDS.max + 1) }, 'summary'],
  ])('%s', (_, change, path) => {
    const result = schema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('takes a source outside the known documents when it has a title and an address', () => {
    const other = { title: 'Raadsbrief over wijkgesprekken', url: 'https://example.org/brief', section: 'Paragraaf 2' };
    expect(schema.safeParse({ ...valid, source: other }).success).toBe(true);
    const result = schema.safeParse({ ...valid, source: { title: other.title, section: other.section } });
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['source']);
  });

  it.each([
    ['a title', { title: 'Raadsbrief over wijkgesprekken' }],
    ['an address', { url: 'https://example.org/brief' }],
    ['a title and an address', { title: 'Raadsbrief over wijkgesprekken', url: 'https://example.org/brief' }],
  ])('refuses a known document with %s beside it: the citation would be ambiguous', (_, extra) => {
    const result = schema.safeParse({
      ...valid,
      source: { document: 'vng-portfolio-2020', section: 'p. 12', ...extra },
    });
    expect(result.error!.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^expected either a known document, or else a title and a url, not both, found \{/),
    ]);
  });

  it('counts words the way the bounds mean', () => {
    expect(wordCount('  een  twee\ndrie ')).toBe(3);
  });
});

describe('type pages show the examples filed under them', () => {
  const filed = files.filter((f) => f.data['filedUnder'] !== null);

  it('some examples are filed under a type', () => {
    expect(filed.length).toBeGreaterThan(0);
  });

  it.each(filed)('$file appears on its type page', ({ file, data }) => {
    const html = readFileSync(`dist/type/${String(data['filedUnder'])}/index.html`, 'utf8');
    expect(html).toContain(`href="/voorbeelden/${file.replace(/\.md$/, '')}/"`);
  });
});
