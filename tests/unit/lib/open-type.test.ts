import { describe, expect, it } from 'vitest';
import {
  alternativesOf,
  doubtSentences,
  isOpen,
  openReasons,
  typeWithDoubt,
  validationSentence,
} from '../../../src/lib/open-type.ts';

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
    expect(doubtSentences({ rounding: [], rules: [] }, 'Tiel')).toEqual([]);
    const [rounding, rules] = doubtSentences({ rounding: ['gemiddeld'], rules: ['expat', 'gemiddeld'] }, 'Tiel');
    expect(rounding).toContain('kan Tiel ook een gemiddelde gemeente zijn');
    expect(rules).toContain('wordt Tiel een expatgemeente of een gemiddelde gemeente');
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
