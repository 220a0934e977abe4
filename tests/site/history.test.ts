import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { countedSplits, receivedParts, splitMunicipalities, yearsWithMergers } from '../../src/lib/figures/history.ts';
import { listOf } from '../../src/lib/words/words.ts';
import { former, today } from '../helpers/dataset.ts';
import meta from '../../src/data/meta.json';
import { builtHtml, readableText } from '../helpers/dist.ts';

const splits = splitMunicipalities(former);
const historyOf = (code: string) => {
  const { document } = parseHTML(builtHtml(`/gemeente/${code}/`));
  return readableText(document.querySelector('section[aria-labelledby="geschiedenis"]')!);
};

describe('how a municipality came about, on its page', () => {
  const receivers = today.filter((m) => receivedParts(m.code, splits).length > 0);

  it('finds the municipalities that got part of a split one (Haaren: Boxtel)', () => {
    expect(receivers.map((m) => m.name)).toContain('Boxtel');
  });

  it.each(receivers.map((m) => [m.name, m.code]))(
    '%s names the split municipality part of which it got, and where its figures count',
    (_, code) => {
      const text = historyOf(code);
      for (const split of receivedParts(code, splits)) {
        const successor = today.find((m) => m.code === split.successor)!;
        expect(text).toContain(`Een deel van ${split.name} (ongeveer`);
        expect(text).toContain(`tellen in hun geheel mee bij ${successor.name}`);
      }
      expect(text).not.toContain('er zijn geen gemeenten in opgegaan');
    },
  );

  const counters = today.filter((m) => countedSplits(m.code, splits).length > 0);

  it('finds the municipalities that count a split one (Haaren: Vught)', () => {
    expect(counters.map((m) => m.name)).toContain('Vught');
  });

  it.each(counters.map((m) => [m.name, m.code]))(
    '%s says that a split municipality it counts lies partly elsewhere',
    (_, code) => {
      const text = historyOf(code);
      for (const split of countedSplits(code, splits)) {
        expect(text).toContain(`${split.name} hoort niet helemaal bij`);
        for (const part of split.parts.filter((p) => p.code !== code)) {
          expect(text).toContain(`${today.find((m) => m.code === part.code)!.name} (ongeveer`);
        }
      }
    },
  );

  it('a municipality that neither merged nor got a part says so', () => {
    expect(historyOf('GM0599')).toMatch(/Rotterdam bestond in (\d{4}, )*\d{4} en \d{4} al in deze vorm/);
  });
});

describe('the method page on boundary changes', () => {
  const text = readableText(parseHTML(builtHtml('/methode/')).document.querySelector('#herindelingen')!.parentElement!);

  it('lists each split municipality once, with all its years', () => {
    expect(splits.map((s) => s.name)).toContain('Haaren');
    for (const split of splits) {
      expect(text.split(`${split.name} (`)).toHaveLength(2);
      expect(text).toContain(`${split.name} (${listOf(split.years)}):`);
    }
  });

  it('counts the municipalities from the first year to today in one sentence', () => {
    const [first, ...later] = meta.report.years.map((y) => `${y.read} in ${y.year}`);
    const via = later.length > 1 ? `${later.slice(0, -1).join(', ')} en ${later.at(-1)}` : later[0];
    expect(text).toContain(`van ${first} via ${via} naar ${today.length} nu`);
  });
});

describe('the inhabitants in a page’s first line', () => {
  const latest = Math.max(...Object.keys(today[0]!.years).map(Number));
  it.each(today.map((m) => [m.name, m.code] as const))(
    '%s: says “within today’s borders” exactly where the figures add up parts that were apart then',
    (_, code) => {
      const m = today.find((t) => t.code === code)!;
      const kicker = parseHTML(builtHtml(`/gemeente/${code}/`)).document.querySelector('.kicker')!.textContent;
      const summed = yearsWithMergers(m, Object.keys(m.years).map(Number)).includes(latest);
      expect(kicker.includes(`op 1 januari ${latest}, binnen de grenzen van ${meta.currentYear}`)).toBe(summed);
    },
  );
});
