import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { NAMED_BY_WORDS } from '../../src/lib/typology/named-by.ts';
import { TYPES } from '../../src/lib/typology/wrr-types.ts';
import { builtHtml, builtPages, readableText } from '../helpers/dist.ts';
import { former, today } from '../helpers/dataset.ts';

/**
 * Each source named for what it says: only the portfolio's WRR part counts as the WRR naming a
 * municipality. No page may say the WRR names one that only the rest of the portfolio names.
 */
const REFERENCE_YEAR = 2015;
const named = former.filter((f) => f.year === REFERENCE_YEAR && f.typing.namedBy !== null);
const onlyPortfolio = named.filter((f) => f.typing.namedBy === 'vng');
const byWrr = named.filter((f) => f.typing.namedBy === 'wrr');
const pageOf = (code: string) =>
  readableText(parseHTML(builtHtml(`/gemeente/${code}/`)).document.querySelector('main')!);

describe('who names a municipality, on every page', () => {
  const continuing = (list: typeof named) =>
    list.filter((f) => today.some((m) => m.code === f.code)).map((f) => [f.name, f.code] as const);

  it('the reference list has municipalities of both kinds with a page today (Aalsmeer, Zoetermeer and De Wolden only in the portfolio)', () => {
    expect(onlyPortfolio.map((f) => f.name)).toEqual(expect.arrayContaining(['Aalsmeer', 'Zoetermeer', 'De Wolden']));
    expect(byWrr.length).toBeGreaterThan(0);
    // The pages below are checked for these; were either list empty, nothing would be.
    expect(continuing(onlyPortfolio).length).toBeGreaterThan(0);
    expect(continuing(byWrr).length).toBeGreaterThan(0);
  });

  it.each(continuing(onlyPortfolio))('%s: the page names the VNG portfolio, never the WRR', (name, code) => {
    const text = pageOf(code);
    expect(text).toContain(NAMED_BY_WORDS.vng.badge);
    expect(text).toContain(`Het VNG-portfolio noemt ${name}`);
    expect(text).not.toContain(NAMED_BY_WORDS.wrr.badge);
    expect(text).not.toMatch(new RegExp(`De WRR noemt ${name}`));
  });

  it.each(continuing(byWrr))('%s: the page names the WRR', (name, code) => {
    expect(pageOf(code)).toContain(`De WRR noemt ${name}`);
  });

  it('a named municipality whose rules differ says so under its type, and that the rules’ figures are that year’s', () => {
    const differing = today.filter((m) => {
      const { named, derived } = m.years[String(REFERENCE_YEAR)]!.typing;
      return named !== null && named !== derived;
    });
    expect(differing.length).toBeGreaterThan(0);
    for (const m of differing) {
      const answer = readableText(parseHTML(builtHtml(`/gemeente/${m.code}/`)).document.querySelector('.answer')!);
      const derived = TYPES[m.years[String(REFERENCE_YEAR)]!.typing.derived].singular.toLowerCase();
      expect(answer, m.name).toContain(
        `De regels van deze site geven met de cijfers van ${REFERENCE_YEAR}: ${derived}.`,
      );
    }
  });

  it('the home page says the types are mostly this site’s, as they are: most municipalities are named by no source', () => {
    const derived = today.filter((m) => m.years[String(REFERENCE_YEAR)]!.typing.basis === 'afgeleid').length;
    expect(derived * 2).toBeGreaterThan(today.length);
    const lead = readableText(parseHTML(builtHtml('/')).document.querySelector('.lead')!);
    expect(lead).toContain('van de WRR, meestal door deze site afgeleid');
  });

  it('no page anywhere says "genoemd door de WRR" or "De WRR noemt" next to a municipality only the portfolio names', () => {
    for (const path of builtPages()) {
      const text = readableText(parseHTML(builtHtml(path)).document.body);
      for (const f of onlyPortfolio) {
        expect(text, path).not.toContain(`De WRR noemt ${f.name}`);
        expect(text, path).not.toContain(`${f.name}: de WRR noemt`);
        expect(text, path).not.toContain(`${f.name} (genoemd door de WRR)`);
      }
    }
  });

  it('a type page lists a municipality under the source that names it', () => {
    const { document } = parseHTML(builtHtml('/type/tuinbouw/'));
    const headings = [...document.querySelectorAll('section[aria-labelledby="genoemd"] h3')];
    const listUnder = (badge: string) =>
      readableText(headings.find((h) => h.textContent.toLowerCase() === badge.toLowerCase())!.nextElementSibling!);
    expect(listUnder(NAMED_BY_WORDS.vng.badge)).toContain('Aalsmeer');
    expect(listUnder(NAMED_BY_WORDS.wrr.badge)).not.toContain('Aalsmeer');
    expect(listUnder(NAMED_BY_WORDS.wrr.badge)).toContain('Westland');
  });
});
