import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meta } from '../../src/lib/dataset-schema.ts';
import { formatDate } from '../../src/lib/format.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/site.ts';
import { listOf } from '../../src/lib/words.ts';
import { launch, open } from './browser.ts';

const meta = JSON.parse(readFileSync('src/data/meta.json', 'utf8')) as Meta;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/** Pages in a PDF as Chromium writes it. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('a municipality page prints as a profile of at most two A4 pages', () => {
  it.each([
    ['GM1900', 'Súdwest-Fryslân: the most former municipalities'],
    ['GM0772', 'Eindhoven: the most practice examples'],
    ['GM0358', 'Aalsmeer: named by the WRR, and its derived type differs in 2022'],
    ['GM0363', 'Amsterdam'],
    ['GM0362', 'Amstelveen: long reasons in every year, a type change and an example'],
    ['GM1979', 'Eemsdelta: formed from three municipalities, long type names'],
    ['GM0014', 'Groningen: a big city with several examples'],
    ['GM0281', 'Tiel: its own example and suggested ones, with summaries and addresses'],
    ['GM0376', 'Blaricum: two types, so two groups of peers and examples'],
  ])('%s (%s)', async (code) => {
    const page = await open(browser, `/gemeente/${code}/`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
  });
});

describe('a printed profile can be traced back', () => {
  it('carries the page address and the reference dates of its figures', async () => {
    const page = await open(browser, '/gemeente/GM0363/');
    await page.emulateMedia({ media: 'print' });
    const printedFrom = page.locator('.site-header .printed-from');
    expect(await printedFrom.isVisible()).toBe(true);
    expect(await printedFrom.textContent()).toBe(`Afgedrukt van ${DEFAULT_SITE_URL}/gemeente/GM0363/`);
    const dates = page.locator('.reference-dates');
    expect(await dates.isVisible()).toBe(true);
    expect(await dates.textContent()).toContain(
      listOf(meta.sources.flatMap((s) => (s.referenceDate ? [formatDate(s.referenceDate)] : []))),
    );
  });
});
