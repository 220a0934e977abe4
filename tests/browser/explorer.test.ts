import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, errorsOf, launch, open } from './browser.ts';
import type { Municipality } from '../../src/lib/figures/dataset-schema.ts';
import { TYPE_SLUGS } from '../../src/lib/typology/wrr-types.ts';
import { changedBeyondRounding } from '../helpers/dataset.ts';

const CHANGE_LABEL =
  'Alleen gemeenten waarvan het type volgens de regels verschilt, meer dan de afronding van de cijfers toelaat';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

/** The home page with its map drawn. */
async function home(query = ''): Promise<Page> {
  const page = await open(browser, `/${query}`);
  await page.waitForSelector('municipality-map[data-ready]');
  return page;
}

const fillOf = (page: Page, code: string) =>
  page.$eval(`municipality-map a[href$="/${code}/"] path`, (p) => p.getAttribute('fill'));

describe('the national map', () => {
  it('draws one shape per current municipality, each a link to its page', async () => {
    const page = await home();
    const links = await page.$$eval('municipality-map svg a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(342);
    expect(new Set(links).size).toBe(342);
    expect(links).toContain('/gemeente/GM0363/');
    expect(errorsOf(page)).toEqual([]);
  });

  it('can be used with the keyboard alone to open a municipality page', async () => {
    const page = await home();
    // Tab from the skip link into the map: its one tab stop gets focus (the zoom buttons come after it).
    await page.focus('municipality-map .skip-map');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement as Element).getAttribute('href'));
    expect(focused).toMatch(/^\/gemeente\/GM\d{4}\/$/);
    const label = page.locator('municipality-map .map-tooltip');
    await expect.poll(() => label.isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    const href = () => page.evaluate(() => (document.activeElement as Element).getAttribute('href'));
    await expect.poll(href).not.toBe(focused);
    const second = await href();
    await Promise.all([page.waitForURL(`**${second}`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).not.toBe('');
  });

  it('opens a municipality with the space bar too', async () => {
    const page = await home();
    await page.focus('municipality-map a[href$="/GM0363/"]');
    await Promise.all([page.waitForURL('**/gemeente/GM0363/'), page.keyboard.press(' ')]);
    expect(await page.locator('h1').textContent()).toBe('Amsterdam');
  });

  it('changes colours with the year switch and keeps the year in the URL', async () => {
    const page = await home();
    // Diemen: a majority-minority municipality with the figures of 2022 (where the map opens), a suburb in 2015.
    const before = await fillOf(page, 'GM0384');
    await page.getByRole('radio', { name: '2015' }).check();
    expect(await fillOf(page, 'GM0384')).not.toBe(before);
    expect(new URL(page.url()).searchParams.get('jaar')).toBe('2015');
  });

  it('highlights a type from the legend, and restores it from the URL', async () => {
    const page = await home();
    const button = page.locator('municipality-map button[data-type="expat"]');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const state = await page.$$eval('municipality-map svg a', (as) =>
      as.map((a) => ({ type: a.getAttribute('data-type'), dim: a.classList.contains('dim') })),
    );
    expect(state.filter((s) => !s.dim).every((s) => s.type === 'expat')).toBe(true);
    expect(state.filter((s) => s.type === 'expat').length).toBeGreaterThan(0);
    expect(state.filter((s) => s.dim).length).toBeGreaterThan(300);
    expect(new URL(page.url()).searchParams.get('type')).toBe('expat');

    const shared = await home('?jaar=2022&type=grens');
    expect(await shared.getByRole('radio', { name: '2022' }).isChecked()).toBe(true);
    expect(await shared.locator('button[data-type="grens"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('can highlight the municipalities that have a practice example', async () => {
    const page = await home();
    await page.getByRole('checkbox', { name: 'Alleen gemeenten met een praktijkvoorbeeld' }).check();
    const lit = await page.$$eval('municipality-map svg a:not(.dim)', (as) =>
      as.map((a) => /GM\d{4}/.exec(a.getAttribute('href')!)?.[0]),
    );
    expect(lit).toContain('GM0281'); // Tiel
    expect(lit).toContain('GM1690'); // De Wolden
    expect(lit.length).toBeGreaterThan(15);
    expect(lit.length).toBeLessThan(40);
  });
});

describe('the home page’s first screen', () => {
  const mapBox = (page: Page) =>
    page.$eval('municipality-map svg.map', (svg) => {
      const { top, bottom, left, right } = svg.getBoundingClientRect();
      return { top, bottom, left, right };
    });

  it('shows the top of the map on a phone (375 × 812), below the title and the search', async () => {
    const page = await open(browser, '/', { width: 375, height: 812 });
    await page.waitForSelector('municipality-map[data-ready]');
    const box = await mapBox(page);
    expect(box.top).toBeLessThan(812 - 150);
    const search = await page.getByRole('combobox', { name: 'Zoek uw gemeente' }).boundingBox();
    expect(search!.y).toBeLessThan(box.top);
  });

  it('shows the whole country on a desktop (1280 × 900), with title, search and legend beside it', async () => {
    const page = await open(browser, '/', { width: 1280, height: 900 });
    await page.waitForSelector('municipality-map[data-ready]');
    const box = await mapBox(page);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(900);
    // The drawing keeps its proportions inside the box, so all of it is in view.
    for (const selector of ['h1', 'municipality-search input', 'municipality-map .legend']) {
      const other = (await page.locator(selector).first().boundingBox())!;
      expect(other.x).toBeGreaterThanOrEqual(box.right);
    }
  });
});

describe('every part of the home page follows the chosen year', () => {
  const today = JSON.parse(readFileSync('src/data/municipalities.json', 'utf8')) as Municipality[];
  /** Per type: the legend's count, the list's count and the codes the list links to. */
  const parts = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-type-group]')].map((group) => ({
        type: group.dataset['typeGroup']!,
        legend: document.querySelector(`municipality-map button[data-type="${group.dataset['typeGroup']}"] .count`)!
          .textContent,
        count: group.querySelector('[data-count]')!.textContent,
        codes: [...group.querySelectorAll('li a')].map((a) => /GM\d{4}/.exec(a.getAttribute('href')!)![0]).sort(),
      })),
    );
  const expected = (year: string) =>
    TYPE_SLUGS.map((type) => {
      const codes = today.filter((m) => m.years[year]!.typing.type === type).map((m) => m.code);
      return { type, legend: String(codes.length), count: String(codes.length), codes: codes.sort() };
    });

  it('the legend, the list per type and its headings, from the URL and after a switch', async () => {
    const years = Object.keys(today[0]!.years);
    const [first, last] = [years[0]!, years.at(-1)!];
    const page = await home(`?jaar=${first}`);
    const heading = page.locator('#per-type');
    expect(await heading.textContent()).toBe(`Alle gemeenten per type (${first})`);
    expect(await parts(page)).toEqual(expected(first));
    await page.getByRole('radio', { name: last }).check();
    await expect.poll(() => heading.textContent()).toBe(`Alle gemeenten per type (${last})`);
    expect(await parts(page)).toEqual(expected(last));
  });

  it('the map and the table open on the same year', async () => {
    const map = await home();
    const table = await open(browser, '/tabel/');
    await table.waitForSelector('research-table[data-ready]');
    const mapYear = await map.$eval(
      'municipality-map input[type="radio"]:checked',
      (r) => (r as HTMLInputElement).value,
    );
    const tableYear = await table.$eval('input[name="jaar"]:checked', (r) => (r as HTMLInputElement).value);
    expect(mapYear).toBe(tableYear);
    expect(await table.locator('[data-count-year]').textContent()).toBe(tableYear);
  });
});

describe('municipalities that changed type', () => {
  it('can be shown for any two years, with their number, and kept in the URL', async () => {
    const page = await home();
    const today = JSON.parse(readFileSync('src/data/municipalities.json', 'utf8')) as Municipality[];
    const years = Object.keys(today[0]!.years);
    // A difference within the rounding of either year's figures is no change.
    const changed = (from: string, to: string) =>
      today.filter((m) => changedBeyondRounding(m, from, to)).map((m) => m.code);
    await page.getByRole('checkbox', { name: CHANGE_LABEL }).check();
    const lit = () =>
      page.$$eval('municipality-map svg a:not(.dim)', (as) =>
        as.map((a) => /GM\d{4}/.exec(a.getAttribute('href')!)?.[0]),
      );
    const [first, last] = [years[0]!, years.at(-1)!];
    expect((await lit()).sort()).toEqual(changed(first, last).sort());
    const count = page.locator('municipality-map output[name="veranderd-aantal"]');
    expect(await count.textContent()).toBe(
      `${changed(first, last).length} gemeenten hebben volgens de regels in ${last} een ander type dan in ${first}.`,
    );
    expect(new URL(page.url()).searchParams.get('veranderd')).toBe(`${first}-${last}`);
    await page.getByLabel('tussen').selectOption(years[1]!);
    expect((await lit()).sort()).toEqual(changed(years[1]!, last).sort());
    // The year the other choice shows cannot be chosen, so two years are always compared and neither moves the other.
    expect(await page.getByLabel('tussen').locator(`option[value="${last}"]`).isDisabled()).toBe(true);
    await page.locator('select[name="veranderd-tot"]').selectOption(first);
    expect(await page.getByLabel('tussen').inputValue()).toBe(years[1]!);
    expect((await lit()).sort()).toEqual(changed(years[1]!, first).sort());

    const shared = await home(`?veranderd=${years[1]}-${last}`);
    expect(await shared.getByRole('checkbox', { name: CHANGE_LABEL }).isChecked()).toBe(true);
    expect(await shared.$$eval('municipality-map svg a:not(.dim)', (as) => as.length)).toBe(
      changed(years[1]!, last).length,
    );
  });
});

describe('the search', () => {
  it.each([
    ['Den Haag', "'s-Gravenhage", 'GM0518'],
    ['den bosch', "'s-Hertogenbosch", 'GM0796'],
    ['Hoogezand-Sappemeer', 'Midden-Groningen', 'GM1952'],
    ['sudwest fryslan', 'Súdwest-Fryslân', 'GM1900'],
  ])('finds "%s" (%s) and opens its page with Enter', async (query, name, code) => {
    const page = await home();
    const input = page.getByRole('combobox', { name: 'Zoek uw gemeente' });
    await input.fill(query);
    const first = page.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain(name);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await Promise.all([page.waitForURL(`**/gemeente/${code}/`), input.press('Enter')]);
  });

  it('says when nothing is found', async () => {
    const page = await home();
    await page.getByRole('combobox', { name: 'Zoek uw gemeente' }).fill('Atlantis');
    await expect
      .poll(() => page.locator('municipality-search [role="status"]').textContent())
      .toBe('Geen gemeente gevonden');
  });
});

describe('without JavaScript', () => {
  it('lists every type and links to every municipality', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto((await home()).url());
    const links = await page.$$eval(
      '#per-type ~ section a[href^="/gemeente/"], section[aria-labelledby="per-type"] a[href^="/gemeente/"]',
      (as) => as.map((a) => a.getAttribute('href')),
    );
    expect(new Set(links).size).toBe(342);
    expect(await page.locator('section[aria-labelledby="per-type"] h3').count()).toBe(TYPE_SLUGS.length);
    await context.close();
  });
});

describe('accessibility (axe-core)', () => {
  it.each(['/', '/gemeente/GM0363/', '/gemeente/GM1952/', '/type/expat/', '/typen/'])(
    '%s has no violations',
    async (path) => {
      const page = await open(browser, path);
      if (path === '/' || path.startsWith('/type/')) await page.waitForSelector('municipality-map[data-ready]');
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
