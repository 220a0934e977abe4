import { describe, expect, it } from 'vitest';
import { conditionLabel, decidingReason, explain, thresholdText } from '../../../../src/lib/typology/explain.ts';
import { METRICS, type MetricId } from '../../../../src/lib/typology/metrics.ts';
import { today } from '../../../helpers/dataset.ts';

describe('labels of the rules where no municipality is in view', () => {
  it.each(Object.keys(METRICS) as MetricId[])('%s reads as a heading, without a placeholder', (metric) => {
    const label = conditionLabel(metric);
    expect(label).not.toContain('{');
    expect(label).toMatch(/^[A-Z][a-z]/);
  });

  it.each<[MetricId, string]>([
    [
      'groupRatio',
      'Sterkst oververtegenwoordigde klassieke groep (Turks, Marokkaans, Surinaams of Antilliaans), vergeleken met het land',
    ],
    ['groupShare', 'Aandeel van die sterkst oververtegenwoordigde klassieke groep'],
    ['dutch', 'Nederlandse achtergrond'],
  ])('%s: "%s"', (metric, label) => {
    expect(conditionLabel(metric)).toBe(label);
  });

  it.each<[Parameters<typeof thresholdText>[0], string]>([
    [{ metric: 'dutch', comparison: 'above', threshold: 0.9 }, 'meer dan 90%'],
    [{ metric: 'groupRatio', comparison: 'atLeast', threshold: 2.5 }, 'minstens 2,5 keer'],
    [{ metric: 'bordersBigCity', comparison: 'is', threshold: 1 }, 'ja'],
  ])('a threshold in words: %j → "%s"', (condition, text) => {
    expect(thresholdText(condition)).toBe(text);
  });
});

describe('the runner-up in words (real data)', () => {
  const sentences = today.flatMap((m) => Object.values(m.years).map((y) => explain(y.typing).runnerUp));

  it('a ratio says what it compares with', () => {
    const ratios = sentences.filter((s) => / keer [^(]*was geweest/.test(s));
    expect(ratios.length).toBeGreaterThan(0);
    for (const s of ratios)
      expect(s).toMatch(/ keer (het landelijke aandeel|zo groot als de niet-westerse) was geweest/);
  });

  it('the value now reads as the threshold only where it misses it by being equal', () => {
    const pattern = /(minstens|meer dan|hoogstens|minder dan) ([\d,.]+%?)[^(]*\(nu ([\d,.]+%?)/g;
    const equal = sentences.flatMap((s) =>
      [...s.matchAll(pattern)]
        .filter(([, , threshold, now]) => now === threshold)
        .map(([, comparison]) => ({ s, comparison })),
    );
    // The real data have such cases; without any, this test would check nothing.
    expect(equal.length).toBeGreaterThan(0);
    // "minder dan 12% (nu 12%)" is right: exactly 12% is not less than 12%.
    for (const { s, comparison } of equal) expect(['meer dan', 'minder dan'], s).toContain(comparison);
  });
});

describe('the one-line reason of a municipality page', () => {
  const typings = today.flatMap((m) => Object.values(m.years).map((y) => y.typing));
  it('names the deciding figure of a type a rule gave', () => {
    const typing = typings.find((t) => t.derived === 'homogeen')!;
    expect(decidingReason(typing).reason).toMatch(/^Nederlandse achtergrond: .+ \(meer dan /);
  });

  it('for an average municipality, which no rule gave, says what came closest and what it lacked', () => {
    const averages = typings.filter((t) => t.derived === 'gemiddeld');
    expect(averages.length).toBeGreaterThan(10);
    for (const typing of averages) {
      const { reason, others } = decidingReason(typing);
      expect(reason).toMatch(
        // Within the sentence a label starts in lower case, except a word of a country or people ("Nederlandse").
        /^Geen van de acht andere typen\. Het dichtst bij: [a-z].+, maar ([a-z]|(Nederlandse|Turkse|Marokkaanse|Surinaamse|Antilliaanse) |Turks, ).+: .+ \((minstens|meer dan|hoogstens|minder dan) .+\)$/,
      );
      expect(others).toBe(0);
    }
  });
});
