import { describe, expect, it } from 'vitest';
import {
  alternativesOf,
  doubtSentence,
  doubtSentences,
  weakNote,
  weakSentence,
  weakTypes,
  isOpen,
  openReasons,
  typeWithDoubt,
  validationSentence,
} from '../../../../src/lib/typology/open-type.ts';
import { TYPE_SLUGS, type TypeSlug } from '../../../../src/lib/typology/wrr-types.ts';

describe('an open type in words', () => {
  it.each([
    [{ rounding: [], rules: [] }, false, '', 'Tuinbouwgemeente'],
    [
      { rounding: ['gemiddeld'], rules: [] },
      true,
      'afronding',
      'Tuinbouwgemeente, of gemiddelde gemeente (twijfelgeval: afronding)',
    ],
    [
      { rounding: ['gemiddeld'], rules: ['expat', 'gemiddeld'] },
      true,
      'afronding en regels',
      'Tuinbouwgemeente, of expatgemeente of gemiddelde gemeente (twijfelgeval: afronding en regels)',
    ],
  ] as const)('%j', (openTo, open, reasons, text) => {
    const o = { rounding: [...openTo.rounding], rules: [...openTo.rules] };
    expect(isOpen(o)).toBe(open);
    expect(openReasons(o)).toBe(reasons);
    expect(typeWithDoubt('tuinbouw', o)).toBe(text);
    expect(new Set(alternativesOf(o)).size).toBe(alternativesOf(o).length);
  });
});

describe('why a type is open, in sentences', () => {
  it('says what each reason opens, and nothing for a settled type', () => {
    expect(doubtSentences({ rounding: [], rules: [] }, 'Tiel', 2015)).toEqual([]);
    const [rounding, rules] = doubtSentences({ rounding: ['gemiddeld'], rules: ['expat', 'gemiddeld'] }, 'Tiel', 2015);
    expect(rounding!.why).toContain('voor 2015 in hele procenten');
    expect(rounding!.what).toBe('Binnen de afronding van de cijfers kan Tiel ook een gemiddelde gemeente zijn.');
    expect(rules!.what).toBe(
      'Met andere grenzen die even goed bij de voorbeelden passen, wordt Tiel een expatgemeente of een gemiddelde gemeente.',
    );
  });

  it('says it in one sentence under the type', () => {
    expect(doubtSentence('Tiel', { rounding: ['gemiddeld'], rules: ['gemiddeld'] })).toBe(
      'Twijfelgeval: met deze cijfers kan Tiel ook een gemiddelde gemeente zijn.',
    );
  });
});

describe('a type the rules recognise poorly', () => {
  const all = (tally: { agreeing: number; total: number }) =>
    Object.fromEntries(TYPE_SLUGS.map((t) => [t, tally])) as Record<TypeSlug, typeof tally>;
  it.each<[string, Partial<Record<TypeSlug, { agreeing: number; total: number }>>, TypeSlug[]]>([
    ['none, where every type keeps all its examples', all({ agreeing: 3, total: 3 }), []],
    [
      'one that fewer than half its named examples keep when left out (half is enough)',
      { ...all({ agreeing: 3, total: 3 }), tuinbouw: { agreeing: 2, total: 5 }, expat: { agreeing: 2, total: 4 } },
      ['tuinbouw'],
    ],
    [
      'one that none of its examples keeps',
      { ...all({ agreeing: 3, total: 3 }), tuinbouw: { agreeing: 0, total: 5 } },
      ['tuinbouw'],
    ],
    [
      'one that no source names, so that nothing tests it, in the WRR’s order',
      Object.fromEntries(
        Object.entries({ ...all({ agreeing: 3, total: 3 }), expat: { agreeing: 0, total: 1 } }).filter(
          ([t]) => t !== 'grens',
        ),
      ),
      ['expat', 'grens'],
    ],
  ])('%s', (_, byType, weak) => {
    expect(weakTypes(byType)).toEqual(weak);
  });

  it('is said with its figures on a municipality’s page', () => {
    expect(weakSentence('tuinbouw', { agreeing: 2, total: 5 })).toContain(
      'Van de vijf tuinbouwgemeenten die als voorbeeld genoemd worden, herkennen ze er maar twee',
    );
    expect(weakNote({ agreeing: 0, total: 5 })).toBe(
      'Let op: de regels herkennen dit type slecht (0 van de 5 genoemde voorbeelden, als die zelf niet meetellen).',
    );
  });
});

describe('how well a type is tested, in a sentence', () => {
  it.each([
    [
      { agreeing: 0, total: 5 },
      'Van de vijf gemeenten die als voorbeeld van dit type genoemd worden, krijgt geen enkele dit type',
      'niet getoetst',
    ],
    [{ agreeing: 2, total: 9 }, 'Van de negen gemeenten', 'maar zwak getoetst'],
    [{ agreeing: 10, total: 10 }, 'krijgen er tien dit type ook', ''],
  ])('%j', (tally, start, verdict) => {
    const sentence = validationSentence('tuinbouw', tally);
    expect(sentence).toContain(start);
    if (verdict) expect(sentence).toContain(verdict);
    else expect(sentence).not.toMatch(/getoetst\./);
  });
});
