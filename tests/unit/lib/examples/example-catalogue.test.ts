import { describe, expect, it } from 'vitest';
import {
  catalogueText,
  filterFromParams,
  firstSentence,
  municipalitiesWithExamples,
  filterToParams,
  matches,
  relatedExamples,
  widenings,
  type CatalogueItem,
  type ExampleEntry,
} from '../../../../src/lib/examples/example-catalogue.ts';
import { THEME_KEYS, type Theme } from '../../../../src/lib/examples/example-schema.ts';
import type { TypeSlug } from '../../../../src/lib/typology/wrr-types.ts';

const entry = (slug: string, type: TypeSlug, themes: Theme[]): ExampleEntry => ({
  slug,
  type,
  themes,
  title: slug,
  municipalities: ['GM0001'],
  filedUnder: type,
  years: [2020],
  summary: '',
  measures: ['x'],
  source: { document: 'vng-portfolio-2020', section: 'x' },
});

describe('relatedExamples', () => {
  const aalsmeer = entry('aalsmeer', 'tuinbouw', ['huisvesting-arbeidsmigranten', 'werk-en-inkomen']);
  const all = [
    aalsmeer,
    entry('westland', 'tuinbouw', ['huisvesting-arbeidsmigranten', 'werk-en-inkomen']),
    entry('tiel', 'specifieke-minderheid', ['huisvesting-arbeidsmigranten']),
    entry('amstelveen', 'expat', ['werk-en-inkomen', 'internationals']),
    entry('de-wolden', 'homogeen', ['dialoog-en-ontmoeting']),
  ];

  it('picks examples that share a theme, other types first, then the most shared themes', () => {
    expect(relatedExamples(aalsmeer, all).map((e) => e.slug)).toEqual(['amstelveen', 'tiel', 'westland']);
  });

  it('never picks the example itself or one without a shared theme', () => {
    expect(relatedExamples(aalsmeer, all, 10).map((e) => e.slug)).not.toContain('de-wolden');
    expect(relatedExamples(aalsmeer, all, 10).map((e) => e.slug)).not.toContain('aalsmeer');
  });
});

describe('catalogue filter', () => {
  const item: CatalogueItem = {
    type: 'tuinbouw',
    themes: ['huisvesting-arbeidsmigranten'],
    municipalities: ['GM0358'],
    text: 'aalsmeer let op de kwetsbare positie van arbeidsmigranten',
  };
  const filter = (params: string) => filterFromParams(new URLSearchParams(params), THEME_KEYS);

  it.each<[string, boolean]>([
    ['', true],
    ['type=tuinbouw,expat', true],
    ['type=expat', false],
    ['thema=huisvesting-arbeidsmigranten', true],
    ['type=tuinbouw&thema=onderwijs', false],
    ['gemeente=GM0358', true],
    ['gemeente=GM0363', false],
    ['q=Kwetsbare%20Aalsmeer', true],
    ['q=expats', false],
  ])('?%s → %s', (params, expected) => {
    expect(matches(item, filter(params))).toBe(expected);
  });

  it.each<[string, [string, number][]]>([
    [
      'type=tuinbouw&thema=onderwijs',
      [
        ['themes', 2],
        ['types', 1],
      ],
    ],
    [
      'type=expat&thema=huisvesting-arbeidsmigranten',
      [
        ['types', 2],
        ['themes', 1],
      ],
    ],
    [
      'q=amsterdam&gemeente=GM0358',
      [
        ['query', 2],
        ['municipality', 1],
      ],
    ],
    ['type=grens&thema=onderwijs', [['types', 1]]],
    ['type=grens&thema=werk-en-inkomen', []],
  ])('where ?%s finds too little, letting one part go shows %j', (params, expected) => {
    const items: CatalogueItem[] = [
      item,
      { ...item, municipalities: ['GM0363'], text: 'onderwijs in amsterdam' },
      { ...item, type: 'expat', themes: ['onderwijs'], text: 'expats en onderwijs' },
    ];
    expect(widenings(items, filter(params)).map((w) => [w.part, w.count])).toEqual(expected);
  });

  it('round-trips through the URL and drops unknown values', () => {
    const f = filter('type=expat,stad&thema=onderwijs,sport&gemeente=GM0363&q=school');
    expect(f).toEqual({ types: ['expat'], themes: ['onderwijs'], municipality: 'GM0363', query: 'school' });
    expect(filterToParams(f).toString()).toBe('type=expat&thema=onderwijs&gemeente=GM0363&q=school');
  });
});

describe('what the pages take from the examples', () => {
  const names = new Map([
    ['GM0001', 'Aadorp'],
    ['GM0002', "'s-Bedorp"],
    ['GM0003', 'Cestad'],
  ]);
  const a = { ...entry('a', 'tuinbouw', ['onderwijs']), municipalities: ['GM0003', 'GM0001'] };
  const b = { ...entry('b', 'tuinbouw', ['onderwijs']), municipalities: ['GM0002'] };
  const c = { ...entry('c', 'expat', ['onderwijs']), municipalities: ['GM0002'] };

  it('lists the municipalities with an example once each, in Dutch order', () => {
    expect(municipalitiesWithExamples([a, b, c], names)).toEqual(['GM0001', 'GM0002', 'GM0003']);
  });

  it('searches title, municipality names, summary and measures, normalized', () => {
    const text = catalogueText(
      { ...b, title: 'Één titel', summary: 'Een samenvatting.', measures: ['Maatregel'] },
      names,
    );
    expect(text).toBe('een titel s bedorp een samenvatting maatregel');
  });

  it.each([
    ['Eerste zin. Tweede zin.', 'Eerste zin.'],
    ['Een vraag? Een antwoord.', 'Een vraag?'],
    ['Eén zin zonder einde', 'Eén zin zonder einde'],
  ])('takes the first sentence of %j', (text, first) => {
    expect(firstSentence(text)).toBe(first);
  });
});
