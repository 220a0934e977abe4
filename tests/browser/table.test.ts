import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meta, Municipality } from '../../src/lib/figures/dataset-schema.ts';
import { fromCsv } from '../../src/lib/table/download-rows.ts';
import { CODE_HEADER } from '../../src/lib/table/table-download.ts';
import { compareNames } from '../../src/lib/words/names.ts';
import { DEFAULT_FIGURES, NUMBER_COLUMNS } from '../../src/lib/table/table-columns.ts';
import { changedBeyondRounding } from '../helpers/dataset.ts';
import { axeViolations, errorsOf, launch, open, requestsOf, url } from './browser.ts';

const meta = JSON.parse(await readFile('src/data/meta.json', 'utf8')) as Meta;
const today = JSON.parse(await readFile('src/data/municipalities.json', 'utf8')) as Municipality[];
const [first, latest] = [meta.years[0]!, meta.years.at(-1)!];
/** Where a column is, counted from the left, by its data-column name. */
const columnIndex = (page: Page, column: string) =>
  page.$$eval('table.research thead th', (ths, c) => ths.findIndex((th) => th.dataset['column'] === c), column);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser.close());

describe('the research table', () => {
  it('filters, sorts and keeps the state in the URL', async () => {
    const page = await open(browser, '/tabel/');
    await page.waitForSelector('research-table[data-ready]');
    await page.getByRole('checkbox', { name: 'Expatgemeente' }).check();
    await page.getByRole('checkbox', { name: 'Grensgemeente' }).check();
    await page.getByText('Meer filters').click();
    await page.locator('input[name="migratie-van"]').fill('20');
    const rows = page.locator('table.research tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThan(60);
    expect(await page.locator('[data-count]').textContent()).toBe(`${count} van de ${today.length} gemeenten`);
    const typeColumn = await columnIndex(page, 'type');
    const typesLatest = await rows.evaluateAll((trs, i) => trs.map((tr) => tr.children[i]!.textContent), typeColumn);
    expect(typesLatest.every((t) => /Expatgemeente|Grensgemeente/.test(t))).toBe(true);

    await page.getByRole('button', { name: 'Inwoners' }).click();
    await page.getByRole('button', { name: 'Inwoners' }).click();
    expect(await page.locator('th[data-column="inwoners"]').getAttribute('aria-sort')).toBe('descending');
    const inhabitants = await rows.evaluateAll(
      (trs, i) => trs.map((tr) => Number(tr.children[i]!.textContent.replaceAll('.', ''))),
      await columnIndex(page, 'inwoners'),
    );
    expect(inhabitants).toEqual([...inhabitants].sort((a, b) => b - a));

    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      type: 'expat,grens',
      migratie: '20-',
      sorteer: 'inwoners',
      volgorde: 'aflopend',
    });

    // The shared URL restores the same view, with the folded filters it uses shown.
    const shared = await open(browser, `/tabel/?${params.toString()}`);
    await shared.waitForSelector('research-table[data-ready]');
    expect(await shared.locator('table.research tbody tr').count()).toBe(count);
    expect(await shared.getByRole('checkbox', { name: 'Grensgemeente' }).isChecked()).toBe(true);
    expect(await shared.locator('input[name="migratie-van"]').isVisible()).toBe(true);
    expect(errorsOf(page)).toEqual([]);
  });

  it('downloads exactly the selection on screen: its columns, their order, the rows in their order', async () => {
    const page = await open(browser, '/tabel/');
    await page.waitForSelector('research-table[data-ready]');
    await page.getByText('Kolommen met cijfers kiezen').click();
    await page.getByRole('checkbox', { name: 'Turks (%)' }).check();
    await page.getByRole('checkbox', { name: 'Westers (%)', exact: true }).uncheck();
    await page.getByText('Meer filters').click();
    await page.getByRole('checkbox', { name: 'Gelderland' }).check();
    await page.getByRole('button', { name: 'Inwoners' }).click();
    await page.getByRole('button', { name: 'Inwoners' }).click();
    await expect.poll(() => page.locator('th[data-column="inwoners"]').getAttribute('aria-sort')).toBe('descending');
    const screen = await page.evaluate(() => {
      const text = (e: Element) => e.textContent.replace(/[\u00ad\u200b]/g, '').trim();
      return {
        columns: [...document.querySelectorAll<HTMLElement>('table.research thead th')].map((th) => ({
          key: th.dataset['column']!,
          header: text(th),
        })),
        rows: [...document.querySelectorAll('table.research tbody tr')].map((tr) => [...tr.children].map(text)),
      };
    });
    expect(screen.rows.length).toBeGreaterThan(10);
    const download = async (unit: string) => {
      await page.getByRole('radio', { name: unit }).check();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download (CSV)' }).click(),
      ]);
      const csv = await text(await file.createReadStream());
      return {
        header: csv
          .replace(/^\uFEFF/, '')
          .split('\r\n')[0]!
          .split(';'),
        rows: fromCsv(csv),
      };
    };
    // As on screen: the same headers, rows and cells; a figure as the number the cell shows.
    const percent = await download('aandelen in %, afgerond zoals getoond');
    // The CBS code first, for joining with other data; then the table's own columns.
    expect(percent.header).toEqual([CODE_HEADER, ...screen.columns.map((c) => c.header)]);
    expect(percent.rows.map((row) => today.find((m) => m.code === row[CODE_HEADER])?.name)).toEqual(
      screen.rows.map((cells) => cells[0]),
    );
    const asNumber = (cell: string) => Number(cell.replace(/[.%]/g, '').replace(',', '.'));
    const figures = new Set([
      'inwoners',
      'migratieachtergrond',
      'aandeel_niet_westers',
      'aandeel_turks',
      'diversiteitsindex',
    ]);
    expect(percent.rows.map((row) => percent.header.slice(1).map((h) => row[h]))).toEqual(
      screen.rows.map((cells) => cells.map((cell, i) => (figures.has(screen.columns[i]!.key) ? asNumber(cell) : cell))),
    );
    // For analysis: the same rows and columns, shares as unrounded fractions.
    const fraction = await download('als fractie 0–1, onafgerond (voor analyse)');
    const turks = screen.columns.findIndex((c) => c.key === 'aandeel_turks');
    const header = fraction.header[turks + 1]!;
    expect(header).toBe('Turks (fractie 0–1)');
    expect(fraction.rows.map((r) => r[fraction.header[1]!])).toEqual(screen.rows.map((cells) => cells[0]));
    fraction.rows.forEach((row, i) => {
      expect(Math.abs(Number(row[header]) * 100 - asNumber(screen.rows[i]![turks]!))).toBeLessThanOrEqual(0.05);
    });
    expect(fraction.rows.some((row) => String(row[header]).length > 6)).toBe(true);
  });

  it('shows its first row on a desktop’s first screen, and a link straight to the table', async () => {
    const page = await open(browser, '/tabel/', { width: 1280, height: 900 });
    await page.waitForSelector('research-table[data-ready]');
    const firstRow = await page.locator('table.research tbody tr').first().boundingBox();
    expect(firstRow!.y + firstRow!.height).toBeLessThanOrEqual(900);
    await page.getByRole('link', { name: 'Naar de tabel' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tabel');
  });

  it('says only what concerns the year shown: the choice of named types, the note on shares with a decimal', async () => {
    const page = await open(browser, `/tabel/?jaar=${latest}`);
    await page.waitForSelector('research-table[data-ready]');
    await page.getByText('Meer filters').click();
    const choice = page.locator('fieldset.type-choice');
    const note = page.locator('[data-decimal-note]');
    expect(await choice.isVisible()).toBe(false);
    expect(await note.isVisible()).toBe(false);
    await page.getByRole('radio', { name: String(first) }).check();
    await expect.poll(() => choice.isVisible()).toBe(true);
    await expect.poll(() => note.isVisible()).toBe(true);
    // The municipality it names shows a share with a decimal, and is formed from several of the year's.
    const example = (await note.locator('[data-example]').textContent())!;
    const row = page.locator('table.research tbody tr', {
      has: page.getByRole('link', { name: example, exact: true }),
    });
    expect(await row.locator('td.number').allTextContents()).toContainEqual(expect.stringMatching(/^\d+,\d%$/));
    const m = today.find((t) => t.name === example)!;
    expect(new Set(m.years[first]!.predecessors.map((p) => p.code)).size).toBeGreaterThan(1);
  });

  it(`keeps the municipalities whose shown type changed between two chosen years`, async () => {
    const page = await open(browser, '/tabel/');
    await page.waitForSelector('research-table[data-ready]');
    await page.getByText('Meer filters').click();
    await page.getByRole('checkbox', { name: 'Alleen gemeenten waarvan het getoonde type verschilt' }).check();
    const changed = (from: number, to: number) =>
      today.filter((m) => changedBeyondRounding(m, from, to, (x, y) => x.years[y]!.typing.type)).length;
    const rows = page.locator('table.research tbody tr');
    await expect.poll(() => rows.count()).toBe(changed(first, latest));
    expect(new URL(page.url()).searchParams.get('veranderd')).toBe(`${first}-${latest}`);
    const middle = meta.years[1]!;
    await page.getByLabel('tussen').selectOption(String(middle));
    await expect.poll(() => rows.count()).toBe(changed(middle, latest));
    // The year the other choice shows cannot be chosen, and the page says why; neither control moves the other.
    const to = page.locator('select[name="veranderd-tot"]');
    const from = page.locator('select[name="veranderd-van"]');
    expect(await to.locator(`option[value="${middle}"]`).isDisabled()).toBe(true);
    expect(await from.locator(`option[value="${latest}"]`).isDisabled()).toBe(true);
    expect([await from.inputValue(), await to.inputValue()]).toEqual([String(middle), String(latest)]);
    expect(await page.getByText('Het jaar dat bij de andere keuze staat, is niet te kiezen').isVisible()).toBe(true);
    await to.selectOption(String(first));
    expect(await from.inputValue()).toBe(String(middle));
    expect(await from.locator(`option[value="${first}"]`).isDisabled()).toBe(true);
    expect(await from.locator(`option[value="${latest}"]`).isDisabled()).toBe(false);
    await expect.poll(() => rows.count()).toBe(changed(middle, first));
  });

  it.each([
    ['', (m: Municipality, y: number | string) => m.years[y]!.typing.type],
    ['&typebron=regels', (m: Municipality, y: number | string) => m.years[y]!.typing.derived],
  ])(`?veranderd=${first}-${latest}%s lists exactly the rows whose shown types differ`, async (choice, typeOf) => {
    const page = await open(browser, `/tabel/?veranderd=${first}-${latest}${choice}`);
    await page.waitForSelector('research-table[data-ready]');
    const shown = await page.$$eval('table.research tbody tr', (trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('th')!.textContent.trim(),
        types: [...tr.querySelectorAll('td.change > span')].map((span) =>
          span.textContent
            .replace(/^→/, '')
            .replace(/\(.*\)/, '')
            .trim(),
        ),
      })),
    );
    // Shown types that differ beyond the rounding of either year; a named type has no rounding.
    const expected = today.filter((m) => changedBeyondRounding(m, first, latest, typeOf)).map((m) => m.name);
    expect(shown.map((r) => r.name).sort()).toEqual([...expected].sort());
    for (const row of shown) {
      expect(row.types).toHaveLength(2);
      expect(row.types[0]).not.toBe(row.types[1]);
    }
    // A named type in the first year makes a difference: some rows are listed under one choice only.
    const other = (m: Municipality, y: number | string) =>
      choice ? m.years[y]!.typing.type : m.years[y]!.typing.derived;
    const underOther = today.filter((m) => changedBeyondRounding(m, first, latest, other)).map((m) => m.name);
    expect(new Set(underOther)).not.toEqual(new Set(expected));
  });

  it('shows the chosen year’s type and key figures without scrolling sideways at 1280 px, with a sticking header', async () => {
    for (const query of ['', `?veranderd=${first}-${latest}`]) {
      const page = await open(browser, `/tabel/${query}`, { width: 1280, height: 900 });
      await page.waitForSelector('research-table[data-ready]');
      const widths = await page.evaluate(() => {
        const table = document.querySelector<HTMLElement>('table.research')!;
        return {
          table: table.scrollWidth,
          box: table.parentElement!.clientWidth,
          page: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
        };
      });
      expect(widths.table).toBeLessThanOrEqual(widths.box);
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      const headers = await page.$$eval('table.research thead th', (ths) => ths.map((th) => th.dataset['column']));
      expect(headers).toEqual(
        expect.arrayContaining(['gemeentenaam', 'provincie', 'type', 'inwoners', 'migratieachtergrond']),
      );
      expect(headers.includes('veranderd')).toBe(query !== '');
      await page.close();
    }
    const page = await open(browser, '/tabel/', { width: 1280, height: 900 });
    await page.waitForSelector('research-table[data-ready]');
    const box = page.locator('.table-scroll');
    await box.evaluate((element) => element.scrollIntoView());
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => box.evaluate((element) => element.scrollTop)).toBeGreaterThan(2000);
    const tops = await page.evaluate(() => ({
      header: document.querySelector('table.research thead th[data-column="inwoners"]')!.getBoundingClientRect().top,
      firstRow: document.querySelector('table.research tbody tr')!.getBoundingClientRect().top,
    }));
    expect(Math.abs(tops.header)).toBeLessThan(2);
    expect(tops.firstRow).toBeLessThan(-1000);
  });

  it('stays usable at 375 px: no sideways page, the table scrolls in its box with the names in view', async () => {
    const page = await open(browser, '/tabel/', { width: 375, height: 812 });
    await page.waitForSelector('research-table[data-ready]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const box = page.locator('.table-scroll');
    await box.evaluate((element) => (element.scrollLeft = 400));
    const name = page.locator('table.research tbody th').first();
    const [boxLeft, nameLeft] = await Promise.all([
      box.evaluate((element) => element.getBoundingClientRect().left),
      name.evaluate((element) => element.getBoundingClientRect().left),
    ]);
    expect(await box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(300);
    expect(Math.abs(nameLeft - boxLeft)).toBeLessThan(2);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the keyboard focus on a sort button while it sorts', async () => {
    const page = await open(browser, '/tabel/');
    await page.waitForSelector('research-table[data-ready]');
    const sortButton = page.getByRole('button', { name: 'Inwoners' });
    await sortButton.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('th[data-column="inwoners"]')?.hasAttribute('aria-sort'));
    await page.keyboard.press('Enter');
    expect(await page.locator('th[data-column="inwoners"]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['sort'])).toBe('inwoners');
  });

  it('chooses the figure columns, kept in the URL', async () => {
    const page = await open(browser, '/tabel/');
    await page.waitForSelector('research-table[data-ready]');
    await page.getByText('Kolommen met cijfers kiezen').click();
    await page.getByRole('checkbox', { name: 'Turks (%)' }).check();
    await page.getByRole('checkbox', { name: 'Westers (%)', exact: true }).uncheck();
    const headers = () => page.$$eval('table.research thead th', (ths) => ths.map((th) => th.dataset['column']));
    await expect.poll(headers).toContain('aandeel_turks');
    expect(await headers()).not.toContain('aandeel_westers');
    const cells = await page.$$eval('table.research tbody tr', (trs) => trs.map((tr) => tr.children.length));
    expect(new Set(cells)).toEqual(new Set([(await headers()).length]));
    const kolommen = new URL(page.url()).searchParams.get('kolommen')!;
    expect(kolommen.split(',')).toContain('aandeel_turks');
    const shared = await open(browser, `/tabel/?kolommen=${kolommen}&typebron=regels&jaar=${first}`);
    await shared.waitForSelector('research-table[data-ready]');
    expect(await shared.$$eval('table.research thead th', (ths) => ths.map((th) => th.dataset['column']))).toEqual(
      await headers(),
    );
    expect(await shared.locator('th[data-column="type"]').textContent()).toContain('volgens de regels');
    // The chooser is closed on arrival, so its box is found by name rather than by role.
    expect(await shared.locator('input[name="kolom"][value="aandeel_turks"]').isChecked()).toBe(true);
    expect(errorsOf(shared)).toEqual([]);
  });

  it('fetches a year’s figures only when that year is shown', async () => {
    const page = await open(browser, '/tabel/');
    const files = requestsOf(page);
    await page.waitForSelector('research-table[data-ready]');
    expect(files.filter((f) => f.startsWith('/data/tabel/'))).toEqual([`/data/tabel/${latest}.json`]);
    await page.getByRole('radio', { name: String(first) }).check();
    await page.getByLabel('Zoek op naam').fill('Amsterdam');
    const amsterdam = today.find((m) => m.code === 'GM0363')!;
    const cell = page
      .locator('table.research tbody tr')
      .first()
      .locator(`*:nth-child(${(await columnIndex(page, 'inwoners')) + 1})`);
    await expect
      .poll(() => cell.textContent())
      .toBe(amsterdam.years[first]!.figures.inhabitants.toLocaleString('nl-NL'));
    expect(files).toContain(`/data/tabel/${first}.json`);
  });

  it('offers a herkomstland year with its own figures and no type column', async () => {
    const [originYear] = meta.origin.years;
    const page = await open(browser, `/tabel/?jaar=${originYear}`);
    await page.waitForSelector('research-table[data-ready]');
    expect(await page.getByRole('radio', { name: `${originYear} (herkomstland, geen type)` }).isChecked()).toBe(true);
    const headers = await page.$$eval('table.research thead th', (ths) => ths.map((th) => th.dataset['column']));
    const figures = DEFAULT_FIGURES.filter((key) =>
      [undefined, 'herkomstland'].includes(NUMBER_COLUMNS.find((c) => c.key === key)!.model),
    );
    expect(headers).toEqual(['gemeentenaam', 'provincie', ...figures]);
    const amsterdam = page.locator('table.research tbody tr', { hasText: 'Amsterdam' }).first();
    const cell = async (column: string) =>
      amsterdam
        .locator('th, td')
        .nth(await columnIndex(page, column))
        .textContent();
    expect([
      await cell('aandeel_herkomst_nederland'),
      await cell('aandeel_herkomst_europa'),
      await cell('aandeel_herkomst_buiten_europa'),
    ]).toEqual(['41%', '17%', '42%']);
    // The year has no type: the type filter is off, says why, and a type set for another year leaves its rows alone.
    expect(await page.getByRole('checkbox', { name: 'Expatgemeente' }).isDisabled()).toBe(true);
    expect(await page.locator('[data-no-type-note]').textContent()).toContain(`${originYear} heeft geen type`);
    const typed = await open(browser, `/tabel/?jaar=${originYear}&type=expat`);
    await typed.waitForSelector('research-table[data-ready]');
    expect(await typed.locator('table.research tbody tr').count()).toBe(today.length);
    // A sort on a figure this year does not have falls back to the name, visibly.
    const sorted = await open(browser, `/tabel/?jaar=${originYear}&sorteer=aandeel_turks&volgorde=aflopend`);
    await sorted.waitForSelector('research-table[data-ready]');
    expect(await sorted.locator('table.research tbody tr th').first().textContent()).toBe(
      [...today].sort((a, b) => compareNames(a.name, b.name))[0]!.name,
    );
    expect(await sorted.locator('th[data-column="gemeentenaam"]').getAttribute('aria-sort')).toBe('ascending');
    expect(errorsOf(page)).toEqual([]);
  });

  it('is a plain table of all municipalities without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/tabel/'));
    expect(await page.locator('table.research tbody tr').count()).toBe(today.length);
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    const headers = await page.$$eval('table.research thead th', (ths) => ths.map((th) => th.dataset['column']));
    // The newest year with types: its figures, not those of a herkomstland year.
    const figures = DEFAULT_FIGURES.filter(
      (key) => NUMBER_COLUMNS.find((c) => c.key === key)!.model !== 'herkomstland',
    );
    expect(headers).toEqual(['gemeentenaam', 'provincie', 'type', ...figures]);
    const amsterdam = page.locator('table.research tbody tr', { hasText: 'Amsterdam' }).first();
    expect(await amsterdam.locator('td').nth(2).textContent()).toBe(
      today.find((m) => m.code === 'GM0363')!.years[latest]!.figures.inhabitants.toLocaleString('nl-NL'),
    );
    await context.close();
  });

  it('has no accessibility violations', async () => {
    const page = await open(browser, '/tabel/');
    await page.waitForSelector('research-table[data-ready]');
    expect(await axeViolations(page)).toEqual([]);
  });
});
