import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Meta, Municipality } from '../../src/lib/figures/dataset-schema.ts';
import { fromColumnar, fromCsv, type ColumnarRows } from '../../src/lib/table/download-rows.ts';
import { formatColumnShare, formatDecimal, formatNumber } from '../../src/lib/words/format.ts';
import { builtHtml, readableText } from '../helpers/dist.ts';

/**
 * A year in CBS's herkomstland classification on the built site, as what it is: its composition
 * on the municipality pages beside the country's, no type, the type shown said to be of the last
 * year with types; the year in the table's files and the downloads with CBS's definitions; the
 * method page's account, with the figures the pipeline computed.
 */
const meta = JSON.parse(readFileSync('src/data/meta.json', 'utf8')) as Meta;
const today = JSON.parse(readFileSync('src/data/municipalities.json', 'utf8')) as Municipality[];
const [year] = meta.origin.years;
const typed = meta.years.at(-1)!;
/** What a reader reads in an element of a built page, or in the section around a heading. */
const text = (path: string, selector: string) => {
  const { document } = parseHTML(builtHtml(path));
  const element = document.querySelector(selector)!;
  return readableText(element.closest('section') ?? element).replace(/\s+/g, ' ');
};

describe(`${year} on the site`, () => {
  it('is a year in the herkomstland classification, after the last year with types', () => {
    expect(year).toBe(2023);
    expect(year).toBeGreaterThan(typed);
  });

  it.each([
    ['GM0363', 'Amsterdam', ['41%', '17%', '42%']],
    ['GM0599', 'Rotterdam', null],
    ['GM1783', 'Westland', null],
  ] as const)(
    '%s (%s) shows its composition beside the country, and says its type is of the last year with types',
    (code, name, shares) => {
      const m = today.find((t) => t.code === code)!;
      expect(m.name).toBe(name);
      const { shares: own } = m.origin[String(year)]!.figures;
      const national = meta.origin.national[String(year)]!.shares;
      const section = text(`/gemeente/${code}/`, '#herkomst-nieuw');
      const row = (label: string, a: number, b: number) => `${label} ${formatColumnShare(a)} ${formatColumnShare(b)}`;
      // The country's column is not to be read as the row of origin Nederland.
      expect(section).toContain('Herkomstland Gemeente Heel Nederland');
      expect(section).toContain(row('Nederland', own.netherlands, national.netherlands));
      expect(section).toContain(row('Europa zonder Nederland', own.europe, national.europe));
      expect(section).toContain(row('Buiten Europa', own.outsideEurope, national.outsideEurope));
      expect(section).toContain(
        row('in het buitenland geboren', own.outsideEuropeBornAbroad, national.outsideEuropeBornAbroad),
      );
      expect(section).toContain('niet regel voor regel te vergelijken');
      // Whole percents: Amsterdam's two parts outside Europe make 43, their group 42.
      expect(section).toContain('hele procenten; daardoor tellen de twee delen soms niet precies op tot hun groep');
      if (shares) expect([own.netherlands, own.europe, own.outsideEurope].map(formatColumnShare)).toEqual(shares);
      expect(text(`/gemeente/${code}/`, '.answer')).toContain(
        `Type met de cijfers van ${typed}, het laatste jaar met typen (waarom)`,
      );
    },
  );

  it('has its own file for the table, with the herkomstland figures and no type', () => {
    const rows = fromColumnar(JSON.parse(readFileSync(`dist/data/tabel/${year}.json`, 'utf8')) as ColumnarRows);
    expect(rows).toHaveLength(today.length);
    const amsterdam = rows.find((r) => r['gemeentecode'] === 'GM0363')!;
    expect(amsterdam).toMatchObject({
      jaar: year,
      herkomstindeling: 'herkomstland',
      aandeel_herkomst_buiten_europa: 0.42,
    });
    expect(amsterdam['type']).toBeUndefined();
  });

  it('is in the downloads, each herkomstland column explained after CBS', () => {
    const rows = fromCsv(readFileSync(`dist/downloads/gemeenten-${year}.csv`, 'utf8'));
    expect(rows).toHaveLength(today.length);
    expect(rows.every((r) => r['herkomstindeling'] === 'herkomstland' && r['type'] === undefined)).toBe(true);
    const nu = fromCsv(readFileSync('dist/downloads/gemeenten-nu.csv', 'utf8')).filter((r) => r['jaar'] === year);
    expect(nu).toHaveLength(today.length);
    expect(nu.every((r) => r['type'] === null && typeof r['aandeel_herkomst_nederland'] === 'number')).toBe(true);
    const explanation = readFileSync('dist/downloads/toelichting.txt', 'utf8');
    expect(explanation).toContain('voor wie in Nederland is geboren het geboorteland van de moeder');
    for (const column of ['herkomst_nederland', 'herkomst_europa_in_nl_geboren', 'aandeel_herkomst_buiten_europa']) {
      expect(explanation).toMatch(new RegExp(`^${column}: `, 'm'));
    }
    // The years of each classification come from the data, and the rules (not the WRR) need the old groups.
    expect(explanation).toContain(
      `herkomstindeling: "migratieachtergrond" (westers en niet-westers, tot en met ${typed}, met type) of "herkomstland" (vanaf ${year}, zonder type: de regels waarmee deze site de typen van de WRR afleidt, rusten op de westerse en niet-westerse groepen)`,
    );
    expect(explanation).toContain(`Herkomstland (${year}): vanaf ${year} deelt CBS`);
  });

  it('is explained on the method page with the figures the pipeline computed', () => {
    const bridge = meta.origin.bridge!;
    const section = text('/methode/', '#herkomstland');
    expect(section).toContain(`herkomstland in plaats van migratieachtergrond`);
    expect(section).toContain(
      `In ${bridge.from} hadden ${formatNumber(bridge.above.from)} van de ${formatNumber(meta.report.current.municipalities)} gemeenten`,
    );
    expect(section).toContain(`in ${bridge.to} hadden er ${formatNumber(bridge.above.to)} meer dan`);
    expect(section).toContain(
      `ligt het nieuwe aandeel in de mediaan ${formatDecimal(Math.abs(bridge.difference.median))} procentpunt onder het oude`,
    );
    expect(section).toContain(`${formatDecimal(Math.abs(bridge.difference.median))} procentpunt of meer`);
    expect(section).toContain(`en nog ${formatNumber(bridge.atLimit)} precies ${formatDecimal(bridge.limit * 100)}%`);
    // 2023 in whole percents, 2022 in counts: only 2023's rounding is in each difference.
    expect(section).toContain(`CBS gaf de cijfers van ${bridge.to} in hele procenten`);
    expect(section).not.toContain(`en nog een half van die van ${bridge.from}`);
    expect(section).toContain(`Daarom eindigt de typologie op deze site met ${typed}`);
  });
});
