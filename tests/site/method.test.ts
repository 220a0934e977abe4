import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Meta } from '../../src/lib/figures/dataset-schema.ts';
import { formatDate, formatShare } from '../../src/lib/words/format.ts';
import { RULES } from '../../src/lib/typology/rules.ts';
import { thresholdText } from '../../src/lib/typology/explain.ts';
import { stepsText } from '../../src/lib/typology/metric-steps.ts';
import { ORIGIN_LABELS } from '../../src/lib/evidence/threshold-origin.ts';
import { weakTypes } from '../../src/lib/typology/open-type.ts';
import { TYPES, TYPE_SLUGS } from '../../src/lib/typology/wrr-types.ts';
import { builtHtml, readableText } from '../helpers/dist.ts';

/** The method page says what the pipeline computed: no figure on it is typed by hand. */
const meta = JSON.parse(readFileSync('src/data/meta.json', 'utf8')) as Meta;
const build = JSON.parse(readFileSync('src/data/build.json', 'utf8')) as { date: string; commit: string | null };
const { document } = parseHTML(builtHtml('/methode/'));
const section = (id: string) =>
  readableText(document.querySelector(`#${id}`)!.closest('section')!).replace(/\s+/g, ' ');

describe('the method page', () => {
  it('starts with the answers in short, then how to cite, and gives its files’ provenance further down', () => {
    const ids = [...document.querySelectorAll('main h2')].map((h) => h.id);
    expect(ids.slice(0, 2)).toEqual(['kort', 'citeren']);
    expect(ids.indexOf('bronnen')).toBeGreaterThan(ids.indexOf('voorbehouden'));
    const text = section('kort');
    const { agreement } = meta;
    const { leaveOneOut } = meta.typology;
    expect(text).toContain(`${agreement.agreeing} van de ${agreement.total} genoemde gemeenten`);
    expect(text).toContain(`in ${leaveOneOut.agreeing} van de ${leaveOneOut.total} gevallen`);
    expect(text).toContain(
      `tussen ${formatShare(leaveOneOut.interval.low)} en ${formatShare(leaveOneOut.interval.high)}`,
    );
    // Out of sample, with the same qualification as the agreement section: a representative list,
    // and choices made with the list in view.
    expect(text).toContain('als de genoemde gemeenten voor zulke gemeenten representatief zijn');
    expect(text).toContain('gekozen met de genoemde gemeenten in beeld');
    // The types the rules recognise poorly are those the map and the municipality pages warn of.
    for (const t of weakTypes(leaveOneOut.byType)) {
      const tally = leaveOneOut.byType[t]!;
      expect(text).toContain(
        `${TYPES[t].label.toLowerCase()} (${tally.agreeing} van ${tally.total}, elk zonder zichzelf)`,
      );
    }
    expect(text).toMatch(/Slecht herkend worden de .+ \(\d+ van \d+, elk zonder zichzelf\)/);
    // The types it calls an approximation are those with a caveat wherever they are shown.
    const approximated = TYPE_SLUGS.filter((t) => TYPES[t].caveat).map((t) => TYPES[t].label.toLowerCase());
    expect(approximated.length).toBeGreaterThan(0);
    for (const label of approximated) expect(text).toContain(label);
    expect(text).not.toContain('CBS telt geen herkomst per land');
    // Plain and short: about one screen of text.
    expect(text.split(' ').length).toBeLessThan(320);
  });

  it('lists every section in its contents under its own heading', () => {
    const links = [...document.querySelectorAll('nav[aria-label="Op deze pagina"] a')].map((a) => [
      a.getAttribute('href'),
      a.textContent.trim(),
    ]);
    const headings = [...document.querySelectorAll('main h2')].map((h) => [`#${h.id}`, h.textContent.trim()]);
    expect(links).toEqual(headings);
    expect(links.map(([, title]) => title)).toContain(
      `Vanaf ${meta.origin.years[0]}: herkomstland in plaats van migratieachtergrond`,
    );
  });

  it('gives per year how many types are open, in all and why, as the pipeline counted them', () => {
    const rows = [...document.querySelector('#zekerheid')!.closest('section')!.querySelectorAll('tbody tr')].map((tr) =>
      readableText(tr).replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toEqual(
      meta.typology.certainty.map(
        (c) =>
          `${c.year} ${c.municipalities} ${c.open} (${formatShare(c.open / c.municipalities)}) ${c.rounding} ${c.rules}`,
      ),
    );
  });

  it('says the search grids reach past every flat range only where the data say so', () => {
    const text = section('zekerheid');
    const cut = meta.typology.thresholds.filter((t) => t.flat?.atEnd).length;
    expect(text.includes('elke zoekreeks reikt zo ver dat de reeks die even goed past er binnen eindigt')).toBe(
      cut === 0,
    );
    expect(text).not.toContain('alles wat de maat kan zijn');
  });

  it('labels every threshold by where it comes from, and names the example a threshold is set at', () => {
    const rules = section('regels');
    const origins = RULES.flatMap((r) => r.conditions.map((c) => ORIGIN_LABELS[c.origin.kind]));
    for (const label of new Set(origins)) {
      expect(rules.split(`${label}.`).length - 1).toBe(origins.filter((o) => o === label).length);
    }
    for (const t of meta.typology.thresholds.filter((t) => t.setAt)) {
      for (const s of t.setAt!.samples) expect(rules).toContain(s.name);
    }
    // The steps of the search, from the measurements of the calibrated thresholds.
    const calibrated = RULES.flatMap((r) =>
      r.conditions.filter((c) => c.origin.kind === 'calibrated').map((c) => c.metric),
    );
    expect(rules).toContain(`in stappen van ${stepsText(calibrated)}.`);
  });

  it('gives leave-one-out per type, with the interval of the overall figure', () => {
    const text = section('overeenkomst');
    const { interval, byType } = meta.typology.leaveOneOut;
    expect(text).toContain(`tussen ${formatShare(interval.low)} en ${formatShare(interval.high)}`);
    const rows = document.querySelector('#overeenkomst')!.closest('section')!.querySelectorAll('tbody tr');
    expect(rows.length).toBeGreaterThan(Object.keys(byType).length);
  });

  it('says why two rules come early: the border rule for a fixed fact, the homogeneous rule for the WRR’s number', () => {
    const text = section('overeenkomst');
    const [border, homogeneous] = (['grens', 'homogeen'] as const).map(
      (t) => RULES.find((r) => r.type === t)!.conditions,
    );
    expect(border![0]!.origin.kind).toBe('choice');
    expect(border!.slice(1).every((c) => c.origin.kind === 'calibrated')).toBe(true);
    expect(homogeneous!.map((c) => c.origin.kind)).toEqual(['wrr']);
    expect(text).toContain(
      `omdat de eerste toets daarvan een vast gegeven is (de afstand tot de Duitse of Belgische grens ${thresholdText(border![0]!)})`,
    );
    expect(text).toContain(
      `omdat de drempel daarvan het getal van de WRR is (${thresholdText(homogeneous![0]!)} met een Nederlandse achtergrond)`,
    );
    expect(text).toContain('zijn wel gekalibreerd');
    expect(text).not.toContain('op een vast gegeven of een getal van de WRR rusten');
  });

  it('says how to cite the site, with the version, the commit (where the build knew it) and the day the data were built', () => {
    const text = section('citeren');
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(text).toContain(`versie ${version}`);
    // A build outside a Git checkout has no commit: then the citation names none.
    if (build.commit) expect(text).toContain(`commit ${build.commit.slice(0, 7)}`);
    else expect(text).not.toMatch(/commit [0-9a-f]{7}/);
    expect(text).toContain(`gegevens samengesteld op ${formatDate(build.date)}`);
    expect(text.trim()).toMatch(/^Zo citeert u deze site Verscheidenheid in kaart \(\d{4}\)\. /);
    expect(text).toContain('geraadpleegd op [datum]');
    const { repository } = JSON.parse(readFileSync('package.json', 'utf8')) as { repository: { url: string } };
    expect(text).toContain(repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
    // Every CBS table the statistics come from, by its id, as the manifest names it.
    const manifest = JSON.parse(readFileSync('data/sources.json', 'utf8')) as {
      statistics: { year: number; odata: { table: string } }[];
    };
    for (const s of manifest.statistics) expect(text).toContain(`${s.odata.table} (${s.year})`);
  });

  it('names its sources with the years of each classification from the data, and the diversity index as its own', () => {
    const text = section('bronnen');
    expect(text).toContain(`Vanaf ${meta.origin.years[0]} gebruikt CBS een nieuwe indeling`);
    expect(text).toContain(`Alleen jaren tot en met ${meta.years.at(-1)} passen`);
    expect(text).toContain('De diversiteitsindex is een maat van deze site, niet van de WRR of het VNG-portfolio');
  });

  it('says when a municipality counts as named by a source', () => {
    expect(section('genoemd')).toContain(
      'Een gemeente telt alleen als genoemd waar de tekst zelf zegt dat ze van dat type is: dat een praktijkvoorbeeld van een gemeente in het hoofdstuk over een type staat, is niet genoeg.',
    );
  });

  it('lists the caveats a researcher needs in one place', () => {
    const text = section('voorbehouden');
    expect(text).toContain('Indonesische of Japanse achtergrond bij de westerse groep');
    expect(text).toMatch(/tellen daardoor op tot [\d,]+% à [\d,]+%/);
    expect(text).toContain(`${meta.years.at(-1)} is het laatste jaar`);
  });
});
