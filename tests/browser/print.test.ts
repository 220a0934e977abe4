import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meta } from '../../src/lib/figures/dataset-schema.ts';
import { formatDate } from '../../src/lib/words/format.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/site/site.ts';
import { listOf } from '../../src/lib/words/words.ts';
import { exampleFiles } from '../helpers/examples.ts';
import { today as municipalities } from '../helpers/dataset.ts';
import { isOpen } from '../../src/lib/typology/open-type.ts';
import { launch, open, smallText } from './browser.ts';
import { MAX_PROFILE_PAGES, pdfPageCount } from '../../scripts/site/printed-pages.ts';

const meta = JSON.parse(readFileSync('src/data/meta.json', 'utf8')) as Meta;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/** With the "Profiel afdrukken" button every shown example prints its whole summary: Tiel, with three, fits on three pages. */
const TIEL_PAGES_WITH_BUTTON = 3;

describe('a municipality page prints as a profile of a few A4 pages', () => {
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
    // From the browser's own menu: each example with its first sentence.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(MAX_PROFILE_PAGES);
  });
});

describe('Tiel’s profile printed with its button', () => {
  it('carries the chart, every example’s whole summary with its address, the date, and no text below 9 pt', async () => {
    // The width of an A4 page within the site's 12 mm print margins.
    const page = await open(browser, '/gemeente/GM0281/', { width: 703, height: 1032 });
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await page.getByRole('button', { name: 'Profiel afdrukken' }).click();
    await page.waitForSelector('body[data-printed]');
    await page.emulateMedia({ media: 'print' });

    expect(await page.locator('#herkomst').isVisible()).toBe(true);
    expect(await page.locator('section[aria-labelledby="herkomst"] .chart-image svg').isVisible()).toBe(true);
    // The table of years leaves out its notes on paper; one line names the years that are a twijfelgeval.
    const tiel = municipalities.find((m) => m.code === 'GM0281')!;
    const openYears = Object.entries(tiel.years)
      .filter(([, { typing }]) => typing.basis === 'afgeleid' && isOpen(typing.openTo))
      .map(([year]) => Number(year))
      .sort((a, b) => a - b);
    expect(openYears.length).toBeGreaterThan(0);
    const doubt = page.locator('section[aria-labelledby="geschiedenis"] p.print-only');
    expect(await doubt.isVisible()).toBe(true);
    expect(await doubt.textContent()).toContain(`Twijfelgeval in ${listOf(openYears)}: met de cijfers van`);

    const summaries = new Map(exampleFiles().map((e) => [e.file.replace(/\.md$/, ''), String(e.data['summary'])]));
    const cards = await page.$$eval('.example-card', (articles) =>
      articles.map((card) => ({
        slug: /([^/]+)\/$/.exec(card.querySelector('a')!.getAttribute('href')!)![1]!,
        summary: card.querySelector('.card-summary')?.textContent,
        summaryShown: card.querySelector('.card-summary')?.getClientRects().length === 1,
        teaserShown: card.querySelector('.teaser')!.getClientRects().length > 0,
        address:
          card.querySelector('.address')!.getClientRects().length > 0
            ? card.querySelector('.address')!.textContent
            : null,
      })),
    );
    expect(cards.length).toBeGreaterThanOrEqual(3);
    for (const card of cards) {
      expect(card.summary).toBe(summaries.get(card.slug)!.trim());
      expect([card.summaryShown, card.teaserShown]).toEqual([true, false]);
      expect(card.address).toBe(`verscheidenheidinkaart.nl/voorbeelden/${card.slug}/`);
    }

    const today = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format();
    expect((await page.locator('.site-header .printed-from').textContent())!.trim()).toBe(
      `Afgedrukt op ${today} van ${DEFAULT_SITE_URL}/gemeente/GM0281/`,
    );
    // 9 pt is 12 CSS pixels.
    expect(await smallText(page, 12)).toEqual([]);
    // A link within the page means nothing on paper.
    expect(
      await page.$$eval('a[href^="#"]', (links) => links.filter((a) => a.getClientRects().length > 0).length),
    ).toBe(0);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(TIEL_PAGES_WITH_BUTTON);
  });
});

describe('a printed profile can be traced back', () => {
  it('carries the page address and the reference dates of its figures', async () => {
    const page = await open(browser, '/gemeente/GM0363/');
    await page.emulateMedia({ media: 'print' });
    const printedFrom = page.locator('.site-header .printed-from');
    expect(await printedFrom.isVisible()).toBe(true);
    expect((await printedFrom.textContent())!.trim()).toMatch(
      new RegExp(`^Afgedrukt op \\d{1,2} \\p{L}+ \\d{4} van ${DEFAULT_SITE_URL}/gemeente/GM0363/$`, 'u'),
    );
    const dates = page.locator('.reference-dates');
    expect(await dates.isVisible()).toBe(true);
    expect(await dates.textContent()).toContain(
      listOf(meta.sources.flatMap((s) => (s.referenceDate ? [formatDate(s.referenceDate)] : []))),
    );
  });
});
