import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { thresholdText } from '../../src/lib/typology/explain.ts';
import { formatMetric } from '../../src/lib/words/format.ts';
import { fillPlaceholders, placeholdersIn } from '../../src/lib/typology/placeholders.ts';
import { RULES } from '../../src/lib/typology/rules.ts';
import { CLASSIC_GROUPS } from '../../src/lib/typology/metrics.ts';
import { numberWord } from '../../src/lib/words/words.ts';
import { TYPE_SLUGS } from '../../src/lib/typology/wrr-types.ts';
import { today } from '../helpers/dataset.ts';
import { builtHtml, readableText } from '../helpers/dist.ts';

/**
 * The type descriptions take every number from the code: a number typed into the prose could
 * disagree with the rule table the day a threshold moves, so there may be none.
 */
const DIR = 'src/content/typen';
const files = readdirSync(DIR).filter((f) => f.endsWith('.md'));

describe('type descriptions', () => {
  it('there is one for every type, named by its slug', () => {
    expect(files.map((f) => f.replace(/\.md$/, '')).sort()).toEqual([...TYPE_SLUGS].sort());
  });

  it.each(files)('%s holds no typed number: every figure is a placeholder', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const outside = text.replace(/\{[a-z]+:[\w.-]+\}/g, '');
    expect(outside.match(/\d+/g) ?? []).toEqual([]);
  });

  it('name thresholds ({drempel:…}), so that the test below has some to check', () => {
    const thresholds = files.flatMap((file) =>
      placeholdersIn(readFileSync(join(DIR, file), 'utf8')).filter((p) => p.startsWith('{drempel:')),
    );
    expect(thresholds.length).toBeGreaterThan(0);
  });

  it.each(files)('%s shows each threshold it names as the rule table has it', (file) => {
    const slug = file.replace(/\.md$/, '');
    const page = readableText(parseHTML(builtHtml(`/type/${slug}/`)).document.querySelector('main')!);
    for (const placeholder of placeholdersIn(readFileSync(join(DIR, file), 'utf8'))) {
      const [, kind, key] = /\{([a-z]+):([\w.-]+)\}/.exec(placeholder)!;
      if (kind !== 'drempel') continue;
      const [type, metric] = key!.split('.');
      const condition = RULES.find((r) => r.type === type)!.conditions.find((c) => c.metric === metric)!;
      expect(page).toContain(thresholdText(condition));
    }
    expect(page).not.toMatch(/\{[a-z]+:[\w.-]+\}/);
  });
});

describe('the suburb page', () => {
  const document = parseHTML(builtHtml('/type/voorstad/')).document;
  const years = Object.keys(today[0]!.years);

  // voorstad.md says which bordering municipalities get another type is listed per year; every one of them must be.
  it.each(years)('lists for %s every municipality that borders a big city but the rules type otherwise', (year) => {
    const heading = [...document.querySelectorAll('h3')].find(
      (h) => h.textContent === `Grenzen aan een grote stad, maar hebben volgens de regels een ander type in ${year}`,
    );
    const listed = [...heading!.nextElementSibling!.querySelectorAll('li a')].map((a) => a.textContent);
    const expected = today
      .filter((m) => m.geography.bigCityNeighbours.length > 0 && m.years[year]!.typing.derived !== 'voorstad')
      .map((m) => m.name);
    expect(expected.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual([...expected].sort());
  });
});

describe('placeholders', () => {
  it('fill in a threshold in words or its value alone, from the rule table', () => {
    const condition = RULES.find((r) => r.type === 'expat')!.conditions.find((c) => c.metric === 'otherNonWestern')!;
    expect(fillPlaceholders('({drempel:expat.otherNonWestern})', 'x.md')).toBe(`(${thresholdText(condition)})`);
    const homogeneous = RULES.find((r) => r.type === 'homogeen')!.conditions[0]!;
    expect(fillPlaceholders('{waarde:homogeen.dutch}', 'x.md')).toBe(formatMetric('dutch', homogeneous.threshold));
  });

  it('fill in how many groups the rules count as classic, in words', () => {
    expect(fillPlaceholders('de {aantal:klassieke-groepen} klassieke groepen', 'x.md')).toBe(
      `de ${numberWord(CLASSIC_GROUPS.length)} klassieke groepen`,
    );
    const page = readableText(parseHTML(builtHtml('/type/specifieke-minderheid/')).document.querySelector('main')!);
    expect(page).toContain(`één van de ${numberWord(CLASSIC_GROUPS.length)} klassieke groepen`);
  });

  it.each(['{drempel:expat.inhabitants}', '{drempel:stad.dutch}', '{feit:onbekend}'])(
    'stop the build at %s, which names nothing known, with the file',
    (placeholder) => {
      expect(() => fillPlaceholders(placeholder, 'src/content/typen/x.md')).toThrow(
        `src/content/typen/x.md: ${placeholder}`,
      );
    },
  );
});
