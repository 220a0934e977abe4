import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { formatRoundShare } from '../../src/lib/words/format.ts';
import { NAMED_PART } from '../../src/lib/figures/history.ts';
import { builtHtml, builtPages, readableText } from '../helpers/dist.ts';
import { former, municipality, today } from '../helpers/dataset.ts';

// Every code the data has for an earlier year, whether or not it is still a municipality today.
const todaysCodes = new Set(today.map((m) => m.code));
const formerCodes = [...new Set(former.map((f) => f.code))].filter((code) => !todaysCodes.has(code)).sort();
const pages = new Set(builtPages());
const documentOf = (code: string) => parseHTML(builtHtml(`/gemeente/${code}/`)).document;
const linksOf = (document: Document) =>
  [...document.querySelectorAll('main a')].map((a) => [a.getAttribute('href'), a.textContent]);

describe('old addresses: a page for every municipality code that is no longer current', () => {
  it('finds the merged municipalities of earlier years (Aalburg, Haaren, Bussum)', () => {
    expect(formerCodes).toEqual(expect.arrayContaining(['GM0738', 'GM0788', 'GM0381']));
  });

  it('builds one page per former code besides one per current municipality', () => {
    expect(formerCodes.filter((code) => !pages.has(`/gemeente/${code}/`))).toEqual([]);
    expect([...pages].filter((p) => p.startsWith('/gemeente/'))).toHaveLength(todaysCodes.size + formerCodes.length);
  });

  it.each(formerCodes)('%s names the municipality, its years and links to where its figures count', (code) => {
    const rows = former.filter((f) => f.code === code).sort((a, b) => a.year - b.year);
    const last = rows.at(-1)!;
    const document = documentOf(code);
    expect(document.querySelector('h1')!.textContent).toBe(last.name);
    const text = readableText(document.querySelector('main')!);
    for (const { year } of rows) expect(text).toContain(String(year));
    const successor = municipality(last.successor);
    expect(linksOf(document)).toContainEqual([`/gemeente/${successor.code}/`, successor.name]);
  });

  it('/gemeente/GM0738/ is Aalburg and leads to Altena', () => {
    const document = documentOf('GM0738');
    expect(document.querySelector('h1')!.textContent).toBe('Aalburg');
    expect(readableText(document.querySelector('main')!)).toContain('2015, 2017 en 2018');
    expect(linksOf(document)).toContainEqual(['/gemeente/GM1959/', 'Altena']);
  });

  it('a split municipality (Haaren) lists every part with its share of the area', () => {
    const haaren = former
      .filter((f) => f.code === 'GM0788')
      .sort((a, b) => a.year - b.year)
      .at(-1)!;
    const named = haaren.parts.filter((p) => p.share >= NAMED_PART);
    expect(named.length).toBeGreaterThan(2);
    const items = [...documentOf('GM0788').querySelectorAll('ul.parts li')].map((li) => readableText(li));
    expect(items).toHaveLength(named.length);
    named.forEach((part, i) => {
      expect(items[i]).toContain(municipality(part.code).name);
      expect(items[i]).toContain(`ongeveer ${formatRoundShare(part.share)} van de oppervlakte`);
    });
  });

  it('leaves the pages of current municipalities to themselves', () => {
    expect(readableText(documentOf('GM1959').querySelector('main')!)).not.toContain('is geen gemeente meer');
  });
});
