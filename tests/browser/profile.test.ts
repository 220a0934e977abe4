import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inYear } from '../../src/lib/figures/in-year.ts';
import { alternativesOf, isOpen } from '../../src/lib/typology/open-type.ts';
import { TYPES } from '../../src/lib/typology/wrr-types.ts';
import { today } from '../helpers/dataset.ts';
import { launch, open } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

const years = Object.keys(today[0]!.years).map(Number);
const [reference, latest] = [Math.min(...years), Math.max(...years)];
const typeIn = (code: string, year: number) =>
  inYear(
    today.find((m) => m.code === code)!,
    year,
  ).typing.type;
const settled = (code: string, year: number) =>
  !isOpen(
    inYear(
      today.find((m) => m.code === code)!,
      year,
    ).typing.openTo,
  );
const alternatives = (code: string, year: number) =>
  alternativesOf(
    inYear(
      today.find((m) => m.code === code)!,
      year,
    ).typing.openTo,
  );
// A municipality whose type stayed, settled in either year; and one whose former type has a caveat
// and could also have been today's type then (a twijfelgeval), with today's type settled.
const stayed = today.find(
  (m) => typeIn(m.code, reference) === typeIn(m.code, latest) && settled(m.code, reference) && settled(m.code, latest),
)!.code;
const changed = today.find(
  (m) =>
    typeIn(m.code, reference) !== typeIn(m.code, latest) &&
    TYPES[typeIn(m.code, reference)].caveat &&
    alternatives(m.code, reference).join() === typeIn(m.code, latest) &&
    settled(m.code, latest),
)!.code;

/** The top and bottom of an element in page coordinates. */
const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top + scrollY, bottom: r.bottom + scrollY };
    });

describe('a municipality page answers first', () => {
  it.each([
    ['GM0281', { width: 375, height: 812 }],
    [stayed, { width: 375, height: 812 }],
    [changed, { width: 375, height: 812 }],
    ['GM0281', { width: 1280, height: 900 }],
  ])('%s at %o: name, types, reason and the way to peers and examples on the first screen', async (code, viewport) => {
    const page = await open(browser, `/gemeente/${code}/`, viewport);
    for (const selector of ['h1', '.answer', '.answer-reason', '.jump'])
      expect((await box(page, selector)).bottom, selector).toBeLessThanOrEqual(viewport.height);
    expect(await page.locator('.answer dd').first().textContent()).toContain(TYPES[typeIn(code, latest)].singular);
    expect(await page.locator('.answer').textContent()).toMatch(
      /genoemd door de WRR|genoemd in het VNG-portfolio|afgeleid met de regels van deze site/,
    );
    // Then peers and examples, before the detail.
    const tops = await Promise.all(['#lijkt-op', '#voorbeelden', '#waarom'].map(async (s) => (await box(page, s)).top));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.close();
  });

  it('follows the stated types per group of suggestions, each under the years it is shown with, with the type’s caveat', async () => {
    const page = await open(browser, `/gemeente/${changed}/`, { width: 375, height: 812 });
    const former = TYPES[typeIn(changed, reference)];
    const now = TYPES[typeIn(changed, latest)];
    // Today's type under today's year only, although it could also have been the type in the
    // reference year; the former type under its year, as the type shown then (not as an "if").
    expect(await page.locator('[aria-labelledby="lijkt-op"] h3').allTextContents()).toEqual([
      `${now.singular} (${latest})`,
      `${former.singular} (${reference})`,
    ]);
    const exampleHeadings = await page.locator('[aria-labelledby="voorbeelden"] .suggestions > h3').allTextContents();
    expect(exampleHeadings).toEqual([
      `Van andere gemeenten van het type ${now.singular.toLowerCase()} (${latest})`,
      `Van andere gemeenten van het type ${former.singular.toLowerCase()} (${reference})`,
    ]);
    expect(await page.locator('[aria-labelledby="lijkt-op"] .note').allTextContents()).toContain(former.caveat);
    // Every suggested peer had the group's type in the group's year; every example is filed under it.
    for (const group of await page.locator('.suggestions').all()) {
      const type = (await group.getAttribute('data-type'))!;
      const year = Number(await group.getAttribute('data-year'));
      for (const href of await group.locator('ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
        expect(typeIn(/GM\d{4}/.exec(href)![0], year)).toBe(type);
      for (const card of await group.locator('.example-card .badge').allTextContents())
        expect(card).toContain(TYPES[type as keyof typeof TYPES].singular);
    }
    expect(await page.locator('.suggestions').count()).toBe(4);
    await page.close();
  });

  it('a stayed type gives one group for both years', async () => {
    const page = await open(browser, `/gemeente/${stayed}/`);
    expect(await page.locator('[aria-labelledby="lijkt-op"] h3').allTextContents()).toEqual([
      `${TYPES[typeIn(stayed, latest)].singular} (${reference} en ${latest})`,
    ]);
    await page.close();
  });
});

describe('the answer says how sure it is on the first screen of a phone', () => {
  // Tiel: a twijfelgeval; Blaricum: a type the rules recognise poorly, or one that is open.
  it.each(['GM0281', 'GM0376'])('%s: the type, the sentence on how sure it is, and its link', async (code) => {
    const viewport = { width: 375, height: 812 };
    const page = await open(browser, `/gemeente/${code}/`, viewport);
    if (process.env['SCREENSHOTS']) await page.screenshot({ path: `${process.env['SCREENSHOTS']}/${code}.png` });
    const note = page.locator('.answer .certainty-note').first();
    expect(await note.textContent()).toMatch(
      /Twijfelgeval: met deze cijfers kan .+ ook een .+ zijn\.|Let op: de regels herkennen dit type slecht[ .]/,
    );
    for (const selector of ['.answer .badge', '.answer .certainty-note', '.answer .certainty-note a'])
      expect((await box(page, selector)).bottom, selector).toBeLessThanOrEqual(viewport.height);
    // "Waarom?" goes to the paragraph further down that explains it for this municipality.
    const link = note.locator('a');
    expect(await link.textContent()).toBe('Waarom?');
    const target = (await link.getAttribute('href'))!;
    const paragraph = page.locator(target);
    expect(await paragraph.textContent()).toContain(today.find((m) => m.code === code)!.name);
    expect((await box(page, target)).top).toBeGreaterThan(viewport.height);
    await page.close();
  });

  it('a twijfelgeval suggests peers for its shown type and, as "if", for every other type it could be', async () => {
    const doubtful = today.find((m) => !settled(m.code, latest) && inYear(m, latest).typing.basis === 'afgeleid')!;
    const page = await open(browser, `/gemeente/${doubtful.code}/`);
    const headings = await page
      .locator('[aria-labelledby="lijkt-op"] h3, [aria-labelledby="lijkt-op"] strong')
      .allTextContents();
    expect(headings[0]).toContain(TYPES[typeIn(doubtful.code, latest)].singular);
    const others = alternatives(doubtful.code, latest).filter((t) => t !== typeIn(doubtful.code, reference));
    expect(others.length).toBeGreaterThan(0);
    for (const t of others)
      expect(headings).toContainEqual(
        expect.stringContaining(`Als ${doubtful.name} een ${TYPES[t].singular.toLowerCase()} is`),
      );
    await page.close();
  });
});

describe('a printed profile keeps the answer, the peers and the suggested examples', () => {
  it.each(['GM0281', changed])('%s', async (code) => {
    const page = await open(browser, `/gemeente/${code}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.answer', '.answer .certainty-note', '.answer-reason', '.suggestions ol'])
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    const cards = page.locator('[aria-labelledby="voorbeelden"] .example-card');
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      // Cards of a type the municipality only might be stay on screen; every printed card is whole.
      if (!(await card.isVisible())) continue;
      expect(await card.locator('.teaser').isVisible()).toBe(true);
      expect(await card.locator('.address').textContent()).toMatch(/^[\w.-]+(:\d+)?\/.*voorbeelden\/[\w-]+\/$/);
    }
    await page.close();
  });
});
